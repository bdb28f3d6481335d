import { z } from 'zod';
import { DIGEST_FORMATS } from '../digest/types.ts';
import { LANGUAGE_CODES } from '../languages/types.ts';
import { LABEL_COLORS } from '../trello/colors.ts';

/**
 * The config file's schema: every setting, its default and what it is for.
 * The descriptions and examples feed the JSON Schema in config/ and the hints in
 * error messages, so they are written for the person editing the file.
 */

const listName = z.string().trim().min(1);
const labelColour = z.enum(LABEL_COLORS as [string, ...string[]]).nullable();

const label = (name: string, color: string) =>
  z
    .strictObject({
      name: listName.meta({ description: 'Label name.', examples: [name] }),
      color: labelColour.meta({ description: 'Trello label colour, or null for none.', examples: [color] }),
    })
    .default({ name, color });

const pathSource = z.strictObject({
  path: z
    .string()
    .min(1)
    .meta({ description: 'A file, directory or glob.', examples: ['reports/**/*.rst'] }),
  urlTemplate: z.string().optional().meta({ description: 'Source link for files of this source.' }),
});

const gitSource = z.strictObject({
  git: z
    .string()
    .min(1)
    .meta({
      description:
        'Git repository URL (https, ssh or file). Cloned into gitCacheDir and pulled before each run.',
      examples: ['https://github.com/norcams/iaas.git'],
    }),
  branch: z.string().min(1).default('main'),
  path: z.string().default('.').meta({ description: 'Directory or glob inside the repository.' }),
  urlTemplate: z.string().optional().meta({
    description: 'Source link for files of this source; {path} is relative to the repository root.',
  }),
});

/** A list as configured: an array replaces the defaults, `{ "extend": [...] }` adds to them. */
const listSetting = (item: z.ZodString, description: string, example: unknown) =>
  z
    .union([z.array(item), z.strictObject({ extend: z.array(item) })])
    .optional()
    .meta({ description, examples: [example] });

const headingList = (what: string) =>
  listSetting(
    z.string().min(1),
    `Regular expressions (case-insensitive, matched at the start of a heading or label; start with ".*" to match anywhere) for ${what}. An array replaces the defaults, {"extend": [...]} adds to them.`,
    { extend: ['weekly goals'] },
  );

const markerList = (description: string, example: string[]) =>
  listSetting(
    z.string().regex(/^\p{L}[\p{L} ]*:?$/u, 'a marker is a word or words, optionally ending in ":"'),
    `${description} An array replaces the defaults, {"extend": [...]} adds to them.`,
    example,
  );

export const source = z.union([z.string().min(1), pathSource, gitSource]).meta({
  description: 'A file, directory or glob (string), a {path} object, or a {git} repository.',
});

export const configFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    sources: z
      .array(source)
      .default([])
      .meta({
        description: 'Where reports are read from. REPORT_SYNC_SOURCES and --source replace this list.',
        examples: [['reports/', 'minutes/*.md']],
      }),
    board: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .meta({
        description: 'Trello board id, shortLink or board URL. TRELLO_BOARD and --board override it.',
        examples: ['https://trello.com/b/AbCd1234/status'],
      }),
    trello: z
      .strictObject({
        apiUrl: z
          .url({ protocol: /^https?$/ })
          .default('https://api.trello.com/1')
          .meta({
            description:
              'Base URL of the Trello REST API (TRELLO_API_URL); point it at the emulator for a local board.',
          }),
        requestsPer10s: z.number().int().min(1).max(100).nullable().default(null).meta({
          description:
            "A ceiling on the client's request rate per 10 s. Without one (null) it paces to the limits Trello reports in every answer, sharing the token with other clients.",
        }),
        timeoutMs: z.number().int().min(1000).max(300_000).default(30_000).meta({
          description: 'Timeout of one API request, in milliseconds.',
        }),
      })
      .default({ apiUrl: 'https://api.trello.com/1', requestsPer10s: null, timeoutMs: 30_000 }),
    lists: z
      .strictObject({
        todo: listName.default('TODO').meta({ description: 'List for TODO items.' }),
        planned: listName.default('Planned').meta({ description: 'List for planned activities.' }),
        done: listName
          .default('Done')
          .meta({ description: 'List a card moves to when its item is done in the newest report.' }),
      })
      .default({ todo: 'TODO', planned: 'Planned', done: 'Done' }),
    labels: z
      .strictObject({
        todo: label('TODO', 'red'),
        planned: label('Planned', 'blue'),
        perReport: z.boolean().default(false).meta({
          description: "Also label each card with its first report's title.",
        }),
      })
      .default({
        todo: { name: 'TODO', color: 'red' },
        planned: { name: 'Planned', color: 'blue' },
        perReport: false,
      }),
    people: z
      .record(z.string().min(1), z.string().regex(/^[a-z0-9_]{3,}$/))
      .default({})
      .meta({
        description:
          'Roster: a name as written in reports -> Trello username. Owners found in items become card members.',
        examples: [{ 'Raymond Kristiansen': 'raymondk' }],
      }),
    sourceUrlTemplate: z
      .string()
      .nullable()
      .default(null)
      .meta({
        description: 'Link from a card to the source line; {path} and {line} are filled in.',
        examples: ['https://github.com/org/repo/blob/main/{path}#L{line}'],
      }),
    dueTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM, e.g. "12:00"')
      .default('12:00')
      .meta({
        description:
          "Time of day (HH:MM) a card's due date is set to, in worker.timezone (UTC when that is null). Noon UTC reads as the same date from UTC-11 to UTC+11.",
        examples: ['17:00'],
      }),
    vanished: z.enum(['keep', 'comment', 'archive']).default('keep').meta({
      description: 'What happens to the card of an item that vanished from its report.',
    }),
    stateFile: z.string().min(1).default('.report-sync/state.json').meta({
      description:
        'State file mapping items to cards (REPORT_SYNC_STATE_FILE, --state). Relative to the config file.',
    }),
    lockTimeoutMs: z.number().int().min(0).max(3_600_000).default(30_000).meta({
      description: 'How long a run waits for another run to release the state file.',
    }),
    gitCacheDir: z.string().min(1).default('.report-sync/git').meta({
      description: 'Where git sources are cloned. Relative to the config file.',
    }),
    extraction: z
      .strictObject({
        headings: z
          .strictObject({
            plan: headingList(
              'plan sections (kind planned): "Next steps", "Planlagte aktiviteter", "下周计划"',
            ),
            taskList: headingList('task-list sections (kind todo): "Action items", "Gjøremål", "待办"'),
            done: headingList('done sections, whose items complete cards: "Done", "Fullført", "已完成"'),
            attendance: headingList('attendance lists, never read for items: "Attendees", "Deltakere"'),
            excluded: headingList('meeting and event sections, never plan or task sections: "Next meeting"'),
          })
          .optional()
          .meta({ description: 'Heading patterns per class; docs/extraction.md lists the defaults.' }),
        markers: markerList(
          'Marker words that open a todo (`TODO: x`), as written; a word ending in ":" counts only before a colon.',
          ['TODO', 'ToDo', 'Todo', 'FIXME', 'ACTION ITEM', 'ACTION', 'AI:'],
        ),
        trailingMarkers: markerList('Marker words that close a todo as its last word (`DNS TODO`).', [
          'TODO',
          'FIXME',
        ]),
        maxItemsPerReport: z.number().int().min(1).optional().meta({
          description:
            'A report giving more distinct items than this is skipped with a warning (an export or a log, not a report). Default 1000.',
        }),
        planHeadings: z.array(z.string().min(1)).optional().meta({
          description: 'Deprecated: use extraction.headings.plan (same patterns, replaces the defaults).',
          deprecated: true,
        }),
        taskListHeadings: z.array(z.string().min(1)).optional().meta({
          description: 'Deprecated: use extraction.headings.taskList (same patterns, replaces the defaults).',
          deprecated: true,
        }),
      })
      .default({}),
    worker: z
      .strictObject({
        schedule: z
          .string()
          .min(1)
          .default('0 * * * *')
          .meta({
            description:
              'Cron schedule of the worker, optional seconds field (REPORT_SYNC_SCHEDULE, --schedule).',
            examples: ['*/15 * * * *'],
          }),
        timezone: z.string().nullable().default(null).meta({
          description:
            "IANA time zone of the schedule (the machine's when null) and of due dates (UTC when null).",
        }),
        runOnStart: z.boolean().default(true).meta({ description: 'Run once when the worker starts.' }),
        healthPort: z.number().int().min(1).max(65535).nullable().default(null).meta({
          description: 'Port of the health endpoint (GET /health); null turns it off.',
        }),
      })
      .default({ schedule: '0 * * * *', timezone: null, runOnStart: true, healthPort: null }),
    digest: z
      .strictObject({
        staleAfterWeeks: z.number().int().min(1).max(520).default(3).meta({
          description: 'An open item no report has mentioned for this many weeks is listed as stale.',
        }),
        schedule: z
          .string()
          .min(1)
          .nullable()
          .default(null)
          .meta({
            description:
              'Cron schedule on which the worker writes a digest to digest.out (in worker.timezone); null: never.',
            examples: ['0 7 * * 1'],
          }),
        out: z
          .string()
          .min(1)
          .nullable()
          .default(null)
          .meta({
            description:
              'File the worker writes its digest to, relative to the config file; {date} is its last day. A digest among the reports is never read for items.',
            examples: ['reports/digest-{date}.md'],
          }),
        format: z
          .enum(DIGEST_FORMATS)
          .default('markdown')
          .meta({ description: "The worker's digest format." }),
        language: z
          .enum(LANGUAGE_CODES)
          .default('en')
          .meta({ description: 'Language of the digest headings.' }),
      })
      .default({ staleAfterWeeks: 3, schedule: null, out: null, format: 'markdown', language: 'en' }),
  })
  .meta({ title: 'report-sync configuration' });

export type ConfigFile = z.output<typeof configFileSchema>;
