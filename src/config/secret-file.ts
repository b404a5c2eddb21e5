import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The HS256 secret kept in `file`: read when the file exists, otherwise 32 random bytes written
 * there first (mode 0600, parent folders created). The server and `npm run token` call this with
 * the same file, so tokens minted on this machine pass and nobody else's do: there is no fixed
 * development secret to find in the code.
 *
 * Two processes starting at once agree: the file appears whole or not at all, and the loser reads
 * the winner's secret. Throws when the file holds fewer than 32 characters (an edited or truncated
 * file must not weaken the key) or is readable by others (then it is no secret).
 */
export function readOrCreateSecretFile(file: string): string {
  if (!fs.existsSync(file)) createSecretFile(file);
  if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) {
    throw new Error(`${file} is readable by other users: run \`chmod 600 ${file}\` (or delete it to get a new secret)`);
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} must hold a secret of at least 32 characters (delete it to get a new one)`);
  return secret;
}


/** Writes a temporary file, then hard-links it into place: readers never see half a secret, and an existing file wins. */
function createSecretFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
