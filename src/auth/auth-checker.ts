import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

/**
 * type-graphql's check for `@Authorized(...roles)`: no user is UNAUTHENTICATED; a user without one
 * of the roles is FORBIDDEN. Per-organisation rules (what an editor may edit) are checked by the
 * mutations themselves, where the target is known.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.includes(context.user.role)) {
    throw new ForbiddenError(`this operation needs the role ${roles.join(' or ')}`);
  }
  return true;
};
