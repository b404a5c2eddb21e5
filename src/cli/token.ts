import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { mintToken } from '../auth/token.js';

/**
 * `npm run token -- --role editor --org hivos [--subject name] [--expires 12h]`: prints a JWT with
 * `iat` and `exp` (`--expires`: a lifetime such as 30m, 12h, 7d), signed with JWT_SECRET or, when
 * that is unset, with the secret the server started from this folder generated (JWT_SECRET_FILE).
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'editor' },
    org: { type: 'string' },
    subject: { type: 'string', default: 'developer' },
    expires: { type: 'string', default: '12h' },
  },
});
if (values.role !== 'editor' && values.role !== 'admin') {
  console.error('--role must be editor or admin');
  process.exit(2);
}
if (values.role === 'editor' && !values.org) {
  console.error('--org is required for an editor token: the organisation id it acts for, e.g. --org hivos');
  process.exit(2);
}
if (!/^\d+\s*(s|sec|secs?|m|mins?|h|hrs?|d|days?|w|weeks?)$/i.test(values.expires!)) {
  console.error('--expires must be a lifetime such as 30m, 12h or 7d');
  process.exit(2);
}
const config = loadConfig();
if (config.jwtSecretSource.kind === 'file') console.error(`signed with the secret in ${config.jwtSecretSource.file} (shared with the server started from this folder)`);
console.log(await mintToken(config.jwtSecret, { subject: values.subject!, role: values.role, organisationId: values.org, expiresIn: values.expires }));
