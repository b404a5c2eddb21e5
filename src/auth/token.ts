import { SignJWT, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, errors, type JWTPayload } from 'jose';
import type { Config } from '../config.js';
import type { User } from '../context.js';
import { UnauthenticatedError } from '../errors.js';
import { ID_PATTERN } from '../model/index.js';

const ISSUER = 'loci-graph';
const ROLES = ['editor', 'admin'] as const;
/** Algorithms accepted from an identity provider's JWKS: asymmetric only, so a public key can never act as an HMAC secret. */
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/**
 * Every token must say when it was issued and when it expires (a token without `exp` would be
 * valid forever). 30 s of clock tolerance: the API and an identity provider's clocks may differ
 * a little, never by more.
 */
const TIME_CLAIMS = { requiredClaims: ['exp', 'iat'], clockTolerance: 30 };

/** Mints a HS256 token for development and tests (`npm run token`): with `iat` and `exp` (default 12 h from now). */
export async function mintToken(secret: string, claims: { subject: string; role: User['role']; organisationId?: string; expiresIn?: string }): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.organisationId ? { org: claims.organisationId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(secret));
}

/** Reads the `Authorization` header of one request: the caller, `null` when anonymous. */
export type Authenticator = (authorization: string | undefined) => Promise<User | null>;

/**
 * Builds the request authenticator. Two kinds of bearer token pass:
 * - HS256 tokens signed with JWT_SECRET, issuer `loci-graph` (`npm run token`);
 * - with JWKS_URL set, an identity provider's tokens (asymmetric algorithms only), checked
 *   against its keys (fetched and cached by jose, refreshed on an unknown `kid`), JWT_ISSUER
 *   and JWT_AUDIENCE.
 * Both carry the role (`editor` | `admin`) and, for editors, the organisation id, in the claims
 * JWT_ROLE_CLAIM and JWT_ORG_CLAIM, and both must carry `exp` and `iat` (30 s clock tolerance).
 * No header means an anonymous reader; a header that is not a valid, unexpired token is refused
 * with UNAUTHENTICATED, never silently ignored.
 */
export function createAuthenticator(config: Pick<Config, 'jwtSecret' | 'jwks' | 'claims'>): Authenticator {
  const secret = new TextEncoder().encode(config.jwtSecret);
  const jwks = config.jwks ? createRemoteJWKSet(new URL(config.jwks.url)) : undefined;
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
    const token = match[1];
    try {
      const alg = decodeProtectedHeader(token).alg;
      let payload: JWTPayload;
      if (alg === 'HS256') {
        ({ payload } = await jwtVerify(token, secret, { ...TIME_CLAIMS, issuer: ISSUER, algorithms: ['HS256'] }));
      } else if (jwks && config.jwks) {
        ({ payload } = await jwtVerify(token, jwks, { ...TIME_CLAIMS, issuer: config.jwks.issuer, audience: config.jwks.audience, algorithms: JWKS_ALGORITHMS }));
      } else {
        throw new UnauthenticatedError(`tokens signed with ${alg ?? 'no algorithm'} are not accepted here`);
      }
      return toUser(payload, config.claims);
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      const reason =
        error instanceof errors.JWTExpired
          ? 'the token has expired'
          : error instanceof errors.JWTClaimValidationFailed && (error.claim === 'exp' || error.claim === 'iat') && error.reason === 'missing'
            ? `the token must carry "${error.claim}" (when it expires, when it was issued)`
            : 'the token is not valid';
      throw new UnauthenticatedError(reason);
    }
  };
}

/** The caller a verified token describes; UNAUTHENTICATED when a claim the API needs is missing or wrong. */
function toUser(payload: JWTPayload, claims: Config['claims']): User {
  const role = payload[claims.role] as User['role'];
  if (!ROLES.includes(role)) throw new UnauthenticatedError(`the token's ${claims.role} claim must be one of ${ROLES.join(', ')}`);
  if (!payload.sub) throw new UnauthenticatedError('the token has no subject');
  const org = payload[claims.organisation];
  if (org !== undefined && (typeof org !== 'string' || !ID_PATTERN.test(org))) {
    throw new UnauthenticatedError(`the token's ${claims.organisation} claim must be an organisation id`);
  }
  if (role === 'editor' && org === undefined) {
    throw new UnauthenticatedError(`an editor token must name its organisation (claim ${claims.organisation})`);
  }
  return { subject: payload.sub, role, organisationId: org };
}

/** Verifies an HS256 token of ours (the authenticator without a JWKS). Kept for scripts. */
export function authenticate(authorization: string | undefined, secret: string): Promise<User | null> {
  return createAuthenticator({ jwtSecret: secret, claims: { role: 'role', organisation: 'org' } })(authorization);
}
