import { ROLES, type Role } from '#db/schema'
import { findUserIdByEmail, userRoles } from '~/models/users.server'
import { setRole } from '~/services/accounts.server'
import { withDb } from './cli-db'

const [command, email, role] = process.argv.slice(2)
const usage = `Usage: npm run admin -- grant|revoke EMAIL ROLE   (roles: ${ROLES.join(', ')})
       npm run admin -- roles EMAIL`

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

if (!command || !email || !['grant', 'revoke', 'roles'].includes(command)) fail(usage)
if (command !== 'roles' && !ROLES.includes(role as Role)) fail(usage)

await withDb(async ({ db }) => {
  const user = await findUserIdByEmail(db, email.trim().toLowerCase())
  if (!user) fail(`No account with that email.`)
  if (command !== 'roles') {
    await setRole(db, { userId: user.id, role: role as Role, grant: command === 'grant', actorId: null })
    console.log(`${command === 'grant' ? 'Granted' : 'Revoked'} ${role}; the account's sessions were ended so the change takes effect at next login.`)
  }
  console.log(`Roles: ${(await userRoles(db, user.id)).join(', ') || '(none)'}`)
})
