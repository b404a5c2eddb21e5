import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { NODE_CLASSES } from './node-apis.js';

/**
 * `Actor.email`: a stored property of the model (its field and description are derived) whose
 * value is shown only to some readers, so it has a resolver of its own.
 */
@Resolver(() => NODE_CLASSES.Actor)
export class ActorContactResolver {
  /**
   * Contact details are personal data: shown when the person made their record public, to admins,
   * and to editors of the organisation that owns the record (src/auth/policy.ts); null otherwise.
   * Only an editor's look-up reads the graph (one batched round trip for the whole answer).
   */
  @FieldResolver()
  email(@Root() root: NodeRow, @Ctx() ctx: Context): string | null | Promise<string | null> {
    const email = typeof root.email === 'string' ? root.email : null;
    if (email === null || root.public === true || ctx.user?.role === 'admin') return email;
    const org = ctx.user?.organisationId;
    if (!org) return null;
    return ctx.loaders.actorOwnedBy(org, root.id).then((owned) => (owned ? email : null));
  }
}
