import { ConfigError } from "../../errors.js";
import { requireTrelloAccess } from "../../sync/settings.js";
import { addConfigOptions, connectTrello, loadCommandConfig } from "../command-config.js";
import { EXIT } from "../exit-codes.js";
import { formatChecks } from "../output/checks.js";
/** A message with one "Fix:" gives the check its fix line; a list of settings keeps each fix beside its setting. */
function withFix(message) {
    const parts = message.split('. Fix: ');
    if (parts.length === 2 && parts[0] && parts[1])
        return { detail: parts[0], fix: parts[1].replace(/\.$/, '') };
    return { detail: message, fix: 'correct each setting as the message says' };
}
/** `report-sync doctor`: config, credentials, board access, lists and labels — each pass or fail, with the fix. */
export const registerDoctor = (program, ctx, action) => {
    addConfigOptions(program
        .command('doctor')
        .description('Check the configuration, credentials, board access, lists, labels and people; print the fix for each failure.')
        .option('--json', 'print the checks as JSON')).action(action(async (flags) => {
        let config;
        try {
            config = await loadCommandConfig(ctx, flags);
        }
        catch (error) {
            if (!(error instanceof ConfigError))
                throw error;
            const failed = [{ name: 'config', ok: false, ...withFix(error.message) }];
            ctx.stdout.write(flags.json ? `${JSON.stringify({ checks: failed })}\n` : formatChecks(failed));
            return EXIT.failure;
        }
        const { runDoctor } = await import("../doctor-checks.js"); // loaded by this command alone
        const checks = await runDoctor(config, (c) => connectTrello(c, requireTrelloAccess(c), ctx.logger), ctx.logger);
        ctx.stdout.write(flags.json ? `${JSON.stringify({ checks })}\n` : formatChecks(checks));
        return checks.every((c) => c.ok) ? EXIT.ok : EXIT.failure;
    }));
};
//# sourceMappingURL=doctor.js.map