/**
 * Progress of a long apply: a bar on a terminal, a log line every few seconds
 * otherwise (a log collector gets no carriage-return animations).
 */
import { createRequire } from 'node:module';
/** cli-progress, loaded when a bar is first drawn: most runs (and every run without a terminal) draw none. */
const loadBars = () => createRequire(import.meta.url)('cli-progress');
/** Fewer actions than this finish too fast for a bar to help. */
const MIN_ACTIONS_FOR_BAR = 20;
const LOG_EVERY_MS = 10_000;
export function createProgress(options) {
    const now = options.now ?? (() => Date.now());
    let bar = null;
    let lastLog = now();
    return {
        update(done, total) {
            if (options.stream.isTTY && total >= MIN_ACTIONS_FOR_BAR) {
                if (!bar) {
                    const { SingleBar, Presets } = loadBars();
                    bar = new SingleBar({
                        stream: options.stream,
                        format: 'syncing [{bar}] {value}/{total} actions, eta {eta_formatted}',
                        hideCursor: true,
                    }, Presets.shades_classic);
                    bar.start(total, 0);
                }
                bar.update(done);
                return;
            }
            if (now() - lastLog >= LOG_EVERY_MS || done === total) {
                lastLog = now();
                if (total >= MIN_ACTIONS_FOR_BAR)
                    options.logger.info({ done, total }, 'sync progress');
            }
        },
        stop() {
            bar?.stop();
            bar = null;
        },
    };
}
//# sourceMappingURL=progress.js.map