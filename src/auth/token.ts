import { SignJWT, jwtVerify, errors } from 'jose';
import type { User } from '../context.js';
import { UnauthenticatedError } from '../errors.js';

const ISSUER = 'loci-graph';
const ROLES = ['editor', 'admin'] as const;

/** Mints a HS256 token for development and tests (`npm run token`). */
export async function mintToken(secret: string, claims: { subject: string; role: User['role']; organisationId?: string; expiresIn?: string }): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.organisationId ? { org: claims.organisationId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(secret));
}

/**
 * Reads the `Authorization` header: no header means an anonymous reader (`null`); a header that
 * is not a valid, unexpired token of ours is refused with UNAUTHENTICATED, never silently ignored.
 */
export async function authenticate(authorization: string | undefined, secret: string): Promise<User | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], new TextEncoder().encode(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    const role = payload.role as User['role'];
    if (!ROLES.includes(role)) throw new UnauthenticatedError(`the token's role must be one of ${ROLES.join(', ')}`);
    if (!payload.sub) throw new UnauthenticatedError('the token has no subject');
    return { subject: payload.sub, role, organisationId: typeof payload.org === 'string' ? payload.org : undefined };
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    const reason = error instanceof errors.JWTExpired ? 'the token has expired' : 'the token is not valid';
    throw new UnauthenticatedError(reason);
  }
}
