import cliProgress from 'cli-progress';
import type { SyntheticProgress } from '../synthetic-import.js';

export interface ProgressReporter {
  update(progress: SyntheticProgress): void;
  stop(): void;
}

/**
 * Shows import progress: a bar on a terminal (a person is watching), otherwise a plain line at
 * every tenth of the way (logs and CI would fill up with bar redraws).
 */
export function createProgressReporter(initiatives: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: 'synthetic import [{bar}] {percentage}% | {value}/{total} initiatives | {nodes} nodes, {relationships} relationships | {duration_formatted}' },
      cliProgress.Presets.shades_classic,
    );
    bar.start(initiatives, 0, { nodes: 0, relationships: 0 });
    return {
      update: (p) => bar.update(p.initiativesDone, { nodes: p.nodes, relationships: p.relationships }),
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 1;
  return {
    update(p) {
      if (p.initiativesDone * 10 < nextTenth * p.initiatives) return;
      nextTenth = Math.floor((p.initiativesDone * 10) / p.initiatives) + 1;
      stream.write(`synthetic import: ${p.initiativesDone}/${p.initiatives} initiatives, ${p.nodes} nodes, ${p.relationships} relationships\n`);
    },
    stop: () => undefined,
  };
}
