import { migrate, MIGRATIONS } from '../neo4j/migrations.js';
import { runWithDatabase } from './database.js';

/** `npm run db:migrate`: applies the schema steps not yet applied. */
await runWithDatabase(async (executor) => {
  const applied = await migrate(executor);
  console.log(applied.length ? `applied ${applied.join(', ')}` : `up to date (${MIGRATIONS.length} steps)`);
});
