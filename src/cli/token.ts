import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { mintToken } from '../auth/token.js';

/** `npm run token -- --role editor --org hivos [--subject name] [--expires 12h]`: prints a development JWT. */
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
const config = loadConfig();
console.log(await mintToken(config.jwtSecret, { subject: values.subject!, role: values.role, organisationId: values.org, expiresIn: values.expires }));
