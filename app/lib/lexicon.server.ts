import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import base from '#db/lexicon/crisis.json'
import shippedModel from '#db/lexicon/crisis-model.json'
import { compileLexicon, type CompiledLexicon, type CrisisLexicon, type CrisisModel } from './crisis'
import { mergeLexicon } from './crisis/merge'
import { env } from './env.server'
import { logger } from './logger.server'

let compiled: CompiledLexicon | undefined

/**
 * The shipped lexicon plus any instance files in DATA_DIR/lexicon/*.json (admins extend it
 * there), with the shipped model reading what the rules miss.
 */
export function crisisLexicon(): CompiledLexicon {
  if (compiled) return compiled
  let lexicon: CrisisLexicon = base
  const dir = path.join(env.dataDir, 'lexicon')
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      try {
        lexicon = mergeLexicon(lexicon, JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Partial<CrisisLexicon>)
      } catch {
        logger.error({ file }, 'ignored an unreadable lexicon file')
      }
    }
  }
  compiled = compileLexicon(lexicon, shippedModel as CrisisModel)
  return compiled
}
