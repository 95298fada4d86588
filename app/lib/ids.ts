import { z } from 'zod'

/** Row ids are bigints, carried as decimal strings (as pg returns int8). */
export const ID_SOURCE = '\\d{1,18}'
const ID = new RegExp(`^${ID_SOURCE}$`)

export const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value)

/** A form field holding a row id. */
export const idField = () => z.string().regex(ID)
