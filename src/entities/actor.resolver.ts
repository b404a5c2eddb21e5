import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { ActorFilter } from '../graphql/filters.js';
import { ActorConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { Actor } from './actor.type.js';

/** Actor queries (`actor`, `actors`); its relationship fields are the model's (src/model/relationship-fields.ts), declared below. */
@Resolver(() => Actor)
export class ActorResolver extends createNodeResolver({
  type: 'Actor',
  classType: Actor,
  connection: ActorConnection,
  filter: ActorFilter,
  single: 'actor',
  plural: 'actors',
}) {
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

declareRelationshipFields(ActorResolver, 'Actor');
