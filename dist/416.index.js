export const id = 416;
export const ids = [416];
export const modules = {

/***/ 9416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  windowCommand: () => (/* binding */ windowCommand)
});

// UNUSED EXPORTS: publishWindow

// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __webpack_require__(9211);
// EXTERNAL MODULE: ./src/report/report-file.ts
var report_file = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/window/decide.ts + 1 modules
var decide = __webpack_require__(4053);
// EXTERNAL MODULE: ./src/window/policy.ts + 3 modules
var window_policy = __webpack_require__(5643);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/window/zone.ts + 1 modules
var zone = __webpack_require__(6213);
;// CONCATENATED MODULE: ./src/window/render.ts
// The window decision as a job summary: the decision first, then the rule, the next window in
// the policy's zone and UTC, and a week of hours a person reads at a glance.



const CELL = { open: '🟩', closed: '🟥', partial: '🟨', none: '⬛' };
function renderWindowSummary(d) {
    const z = (0,zone/* zone */.rg)(d.timezone);
    const at = Date.parse(d.at);
    const title = d.overridden
        ? `🟧 Deploy window for ${(0,markdown.md)(d.environment)}: closed, overridden`
        : d.allowed
            ? `🟢 Deploy window for ${(0,markdown.md)(d.environment)}: open`
            : `🔴 Deploy window for ${(0,markdown.md)(d.environment)}: closed`;
    const rows = [
        ['Decision', d.overridden ? '**allowed by override**' : d.allowed ? '**open**' : '**closed**'],
        ['Checked at', `${(0,markdown.md)((0,decide/* longTime */.Gf)(at, z))} · ${(0,markdown/* code */.aY)(d.at)}`],
    ];
    if (d.rule) {
        const where = d.denying[0] && d.denying[0].name === d.rule ? ` (${(0,markdown/* code */.aY)(d.denying[0].path)})` : '';
        rows.push(['Closed by', `${(0,markdown.md)(d.rule)}${where}`]);
    }
    if (d.denying.length > 1)
        rows.push([
            'Also matching',
            d.denying
                .slice(1)
                .map((r) => (0,markdown.md)(r.name))
                .join(', '),
        ]);
    if (d.nextWindow) {
        const next = Date.parse(d.nextWindow);
        rows.push(['Next window', `${(0,markdown.md)((0,decide/* longTime */.Gf)(next, z))} · ${(0,markdown/* code */.aY)(d.nextWindow)}`]);
    }
    else if (!d.open && !d.lock)
        rows.push(['Next window', 'no open window within a year']);
    if (d.closesAt)
        rows.push(['Window closes', `${(0,markdown.md)((0,decide/* longTime */.Gf)(Date.parse(d.closesAt), z))} · ${(0,markdown/* code */.aY)(d.closesAt)}`]);
    if (d.lock)
        rows.push(['Incident lock', `[#${d.lock.number}](${d.lock.url}) ${(0,markdown.md)(d.lock.title)}`]);
    if (d.override)
        rows.push([
            'Override',
            `by @${(0,markdown.md)(d.override.actor)}: ${(0,markdown.md)(d.override.reason)} (bypassed ${(0,markdown.md)(d.override.bypassed)})`,
        ]);
    const out = [`### ${title}`, '', (0,markdown.md)(d.reason), '', (0,markdown/* table */.tp)(['', ''], rows)];
    if (d.grid.length > 0) {
        const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
        out.push('', `#### Next 7 days, hour by hour (${(0,markdown.md)(d.timezone)})`, '', (0,markdown/* table */.tp)(['Day', ...hours], d.grid.map((r) => [`${r.weekday} ${r.date.slice(5)}`, ...r.cells.map((c) => CELL[c])])), '', '🟩 open · 🟥 closed · 🟨 open for part of the hour · ⬛ hour skipped by a DST change');
    }
    return out.join('\n') + '\n';
}
/** The grid as plain text for terminals: one line a day. */
function renderGridText(d) {
    const sym = { open: '#', closed: '.', partial: '+', none: ' ' };
    const lines = [
        `          ${Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')[0]).join('')}`,
    ];
    lines.push(`          ${Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')[1]).join('')}`);
    for (const r of d.grid)
        lines.push(`${r.weekday} ${r.date.slice(5)} ${r.cells.map((c) => sym[c]).join('')}`);
    lines.push(`(${d.timezone}; # open, . closed, + part of the hour)`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/window/command.ts
// `command: window`: load the policy, ask the engine, publish the decision. The lock lookup is
// passed in so the command stays free of GitHub.





/** Decides and publishes; returns the decision. Throws InputError before anything is written. */
async function windowCommand(s, io) {
    const policy = s.policy.trim() === ''
        ? null
        : await (0,window_policy.loadPolicy)((0,yaml.readYamlSource)(s.policy, 'policy', io.workspace).text);
    const scope = policy ? await policy.scope(s.environment) : null;
    const lock = s['lock-on-incident'] && io.findIncident ? await io.findIncident(s.environment) : null;
    const decision = (0,decide/* decideWindow */.$1)({
        scope,
        environment: s.environment,
        at: io.now(),
        lock,
        override: s['override-reason'] ? { reason: s['override-reason'], actor: io.actor } : null,
    });
    publishWindow(decision, io);
    if (decision.overridden && decision.override && lock && io.recordOverride)
        await io.recordOverride(lock, `Deploy window override by @${decision.override.actor}: ${decision.override.reason} (bypassed: ${decision.override.bypassed}).`);
    await io.runner.summary(renderWindowSummary(decision));
    if (!decision.allowed)
        io.runner.fail(decision.reason);
    return decision;
}
function publishWindow(d, io) {
    const { runner } = io;
    const report = (0,report_file/* writeReport */.u)(io.reportDir, `deploy-guard-window-${d.environment}`, d);
    runner.output('allowed', String(d.allowed));
    runner.output('reason', d.reason);
    runner.output('next-window', d.nextWindow ?? '');
    runner.output('overridden', String(d.overridden));
    runner.output('report', report);
    if (d.overridden && d.override)
        runner.warning(`Deploy window override by @${d.override.actor}: "${d.override.reason}" (bypassed: ${d.override.bypassed})`);
    // A closed window's reason is the step's error; printing it twice helps no one.
    else if (d.allowed)
        runner.info(d.reason);
}


/***/ }),

/***/ 5643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __webpack_require__(9211);
// EXTERNAL MODULE: ./src/window/zone.ts + 1 modules
var zone = __webpack_require__(6213);
;// CONCATENATED MODULE: ./src/window/cron.ts
// Five-field cron (minute hour day-of-month month day-of-week) read on the local wall clock.
// Vixie semantics: when both day fields are restricted, a day matches if either does.
// A fire is an instant whose local wall clock reads a matching minute, so a time inside a
// spring-forward gap does not fire that day and one inside a fall-back overlap fires twice.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DOWS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day-of-month', min: 1, max: 31 },
    { name: 'month', min: 1, max: 12, names: MONTHS, namesFrom: 1 },
    { name: 'day-of-week', min: 0, max: 7, names: DOWS, namesFrom: 0 },
];
function atom(s, f) {
    const lower = s.toLowerCase();
    const named = f.names?.indexOf(lower) ?? -1;
    if (named >= 0)
        return named + (f.namesFrom ?? 0);
    if (!/^\d+$/.test(s))
        throw new Error(`${f.name} field: "${s}" is not a number`);
    const n = Number(s);
    if (n < f.min || n > f.max)
        throw new Error(`${f.name} field: ${n} is outside ${f.min}-${f.max}`);
    return n;
}
function field(src, f) {
    const out = new Set();
    let star = false;
    for (const part of src.split(',')) {
        const [range, stepText, extra] = part.split('/');
        if (extra !== undefined || range === undefined || range === '')
            throw new Error(`${f.name} field: cannot read "${part}"`);
        let step = 1;
        if (stepText !== undefined) {
            if (!/^\d+$/.test(stepText) || Number(stepText) === 0)
                throw new Error(`${f.name} field: step "${stepText}" must be a positive number`);
            step = Number(stepText);
        }
        let lo;
        let hi;
        if (range === '*') {
            lo = f.min;
            hi = f.name === 'day-of-week' ? 6 : f.max;
            if (stepText === undefined)
                star = true;
        }
        else if (range.includes('-')) {
            const [a, b, c] = range.split('-');
            if (a === undefined || b === undefined || c !== undefined)
                throw new Error(`${f.name} field: cannot read range "${range}"`);
            lo = atom(a, f);
            hi = atom(b, f);
            if (hi < lo)
                throw new Error(`${f.name} field: range "${range}" runs backwards`);
        }
        else {
            lo = atom(range, f);
            hi = stepText === undefined ? lo : f.max;
        }
        for (let v = lo; v <= hi; v += step)
            out.add(f.name === 'day-of-week' && v === 7 ? 0 : v);
    }
    return { values: [...out].sort((a, b) => a - b), star };
}
/** Parses a cron expression; throws an Error whose message names the bad field. */
function parseCron(source) {
    const parts = source.trim().split(/\s+/);
    if (parts.length !== 5)
        throw new Error(`expected 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`);
    const [mi, h, dom, mon, dow] = parts.map((p, i) => field(p, FIELDS[i]));
    return {
        source,
        minutes: mi.values,
        hours: h.values,
        doms: new Set(dom.values),
        months: new Set(mon.values),
        dows: new Set(dow.values),
        domStar: dom.star,
        dowStar: dow.star,
    };
}
function dayMatches(c, day) {
    const l = (0,zone/* localOf */.Fc)(day * zone/* DAY */.d_);
    if (!c.months.has(l.month))
        return false;
    const domOk = c.doms.has(l.date);
    const dowOk = c.dows.has(l.weekday);
    if (c.domStar && c.dowStar)
        return true;
    if (c.domStar)
        return dowOk;
    if (c.dowStar)
        return domOk;
    return domOk || dowOk;
}
/** Fire instants of one cron on one local day, memoised per (cron, zone, day). */
class CronClock {
    cron;
    zone;
    memo = new Map();
    constructor(cron, zone) {
        this.cron = cron;
        this.zone = zone;
    }
    firesOn(day) {
        let fires = this.memo.get(day);
        if (fires)
            return fires;
        fires = [];
        if (dayMatches(this.cron, day)) {
            for (const h of this.cron.hours)
                for (const m of this.cron.minutes)
                    fires.push(...this.zone.instantsOf(day * zone/* DAY */.d_ + (h * 60 + m) * zone/* MINUTE */.pY));
            fires.sort((a, b) => a - b);
        }
        if (this.memo.size > 4096)
            this.memo.clear();
        this.memo.set(day, fires);
        return fires;
    }
    /** The latest fire at or before t, looking back at most `within` ms. */
    latestAtOrBefore(t, within) {
        const today = this.zone.local(t).day;
        const oldest = Math.floor((t - within) / zone/* DAY */.d_) - 2;
        for (let d = today + 1; d >= oldest; d--) {
            const fires = this.firesOn(d);
            for (let i = fires.length - 1; i >= 0; i--) {
                const f = fires[i];
                if (f <= t)
                    return f >= t - within ? f : null;
            }
        }
        return null;
    }
    /** The first fire strictly after t, looking ahead at most `within` ms. */
    nextAfter(t, within) {
        const today = this.zone.local(t).day;
        const last = today + Math.ceil(within / zone/* DAY */.d_) + 1;
        for (let d = today - 1; d <= last; d++) {
            for (const f of this.firesOn(d))
                if (f > t)
                    return f;
        }
        return Number.POSITIVE_INFINITY;
    }
}

;// CONCATENATED MODULE: ./src/window/holidays.ts
// Holiday calendars from date-holidays, as sets of local day numbers.
//
// The package carries every country's rules (~1 MB of data), so it is imported only when a
// policy names holidays. A holiday is the whole local day (or days) its date names, read in the
// policy's zone: date-holidays' own start/end instants are in the country's zone and some start
// at 14:00, which is not what "no deploys on Christmas Eve" means.

const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'];
let ctor;
function load() {
    ctor ??= __webpack_require__.e(/* import() */ 26).then(__webpack_require__.bind(__webpack_require__, 5026)).then((m) => m.default);
    return ctor;
}
function parseHolidayCode(code) {
    const [country = '', state, region] = code.split('-');
    return {
        country: country.toUpperCase(),
        state: state?.toUpperCase(),
        region: region?.toUpperCase(),
    };
}
/** Checks a country[-state[-region]] code; returns an error sentence, or null when it exists. */
async function checkHolidayCode(code) {
    if (!/^[A-Za-z]{2}(-[A-Za-z0-9]{1,4}){0,2}$/.test(code))
        return `expected country[-state[-region]] such as "US", "DE-BY" or "GB-SCT", got "${code}"`;
    const Holidays = await load();
    const hd = new Holidays();
    const { country, state, region } = parseHolidayCode(code);
    if (!hd.getCountries()[country])
        return `unknown holiday country "${country}"`;
    if (state) {
        const states = hd.getStates(country) ?? {};
        if (!states[state])
            return `unknown state "${state}" of ${country} (known: ${Object.keys(states).join(', ') || 'none'})`;
        if (region) {
            const regions = hd.getRegions(country, state) ?? {};
            if (!regions[region])
                return `unknown region "${region}" of ${country}-${state} (known: ${Object.keys(regions).join(', ') || 'none'})`;
        }
    }
    return null;
}
async function holidayCalendar(spec) {
    const Holidays = await load();
    const hd = spec.region
        ? new Holidays(spec.country, spec.state ?? '', spec.region)
        : spec.state
            ? new Holidays(spec.country, spec.state)
            : new Holidays(spec.country);
    // Measure spans in UTC: in the country's zone a holiday on a fall-back day lasts 25 h, which
    // rounded up to whole days would also close the next day. Dates (`h.date`) do not change.
    hd.setTimezone('UTC');
    const types = new Set(spec.types);
    const years = new Map();
    const year = (y) => {
        let days = years.get(y);
        if (days)
            return days;
        days = new Map();
        for (const h of hd.getHolidays(y)) {
            if (!types.has(h.type))
                continue;
            const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(h.date);
            if (!m)
                continue;
            const first = (0,zone/* dayOf */.kb)(Number(m[1]), Number(m[2]), Number(m[3]));
            const span = Math.max(1, Math.ceil((h.end.getTime() - h.start.getTime()) / zone/* DAY */.d_));
            for (let d = first; d < first + span; d++)
                if (!days.has(d))
                    days.set(d, h.name);
        }
        years.set(y, days);
        return days;
    };
    return {
        on(day) {
            const y = new Date(day * zone/* DAY */.d_).getUTCFullYear();
            // A holiday listed under one year can spill into the next (multi-day spans).
            return year(y).get(day) ?? year(y - 1).get(day);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __webpack_require__(81);
;// CONCATENATED MODULE: ./src/window/policy-schema.ts
// The policy YAML as zod schemas: the single source of the policy types and of their errors.
// Field-level formats are parsed here (hours to minutes, days to weekdays, cron to fields), so
// a value that passes the schema is ready for the engine.





const DAY_NAMES = {
    sun: 0,
    sunday: 0,
    mon: 1,
    monday: 1,
    tue: 2,
    tues: 2,
    tuesday: 2,
    wed: 3,
    wednesday: 3,
    thu: 4,
    thur: 4,
    thurs: 4,
    thursday: 4,
    fri: 5,
    friday: 5,
    sat: 6,
    saturday: 6,
};
const ALIASES = {
    weekdays: [1, 2, 3, 4, 5],
    weekends: [6, 0],
    weekend: [6, 0],
};
/** Weekday numbers (0 = Sunday) from "mon-thu", "mon,wed,fri", "fri-mon" or a list; or an error. */
function parseDays(input) {
    const items = (Array.isArray(input) ? input : input.split(','))
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '');
    if (items.length === 0)
        return 'expected days such as "mon-thu" or "mon,wed,fri", got nothing';
    const out = new Set();
    for (const item of items) {
        if (ALIASES[item]) {
            ALIASES[item].forEach((d) => out.add(d));
            continue;
        }
        const [a, b, extra] = item.split('-').map((s) => s.trim());
        const from = DAY_NAMES[a ?? ''];
        const to = b === undefined ? from : DAY_NAMES[b];
        if (extra !== undefined || from === undefined || to === undefined)
            return `unknown day "${item}": use mon, tue, wed, thu, fri, sat, sun, ranges such as "mon-thu", or lists such as "mon,wed"`;
        for (let d = from;; d = (d + 1) % 7) {
            out.add(d);
            if (d === to)
                break;
        }
    }
    return [...out].sort((x, y) => x - y);
}
/** Minutes of the day [start, end); end < start runs past midnight; "24:00" ends at midnight. */
function parseHours(text) {
    const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
    if (!m)
        return `expected "HH:MM-HH:MM", got "${text}"`;
    const [sh, sm, eh, em] = [m[1], m[2], m[3], m[4]].map(Number);
    if (sh > 23 || sm > 59)
        return `start "${m[1]}:${m[2]}" is not a time of day (00:00-23:59)`;
    if (eh > 24 || em > 59 || (eh === 24 && em !== 0))
        return `end "${m[3]}:${m[4]}" is not a time of day (00:00-24:00)`;
    const start = sh * 60 + sm;
    const end = (eh * 60 + em) % 1440;
    if (start === end)
        return `start and end are both ${m[1]}:${m[2]}: the range is empty`;
    return { start, end };
}
/** "-1d", "+2d", "0d": whole days to shift each holiday by. */
function parseOffset(text) {
    const m = /^\s*([+-]?)(\d{1,3})d\s*$/.exec(text);
    if (!m)
        return `expected whole days such as "-1d" or "+1d", got "${text}"`;
    const n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
    if (Math.abs(n) > 31)
        return `must be within 31 days, got "${text}"`;
    return n;
}
/** A date ("2026-12-19"), a local date-time ("2026-12-19T18:00") or an instant with an offset. */
function parseTimeSpec(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
    if (!m)
        return `expected a date "YYYY-MM-DD" or a date-time "YYYY-MM-DDTHH:MM[:SS][offset]", got "${text}"`;
    const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(year, month - 1, date));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date)
        return `"${text}" is not a calendar date`;
    if (m[4] === undefined)
        return { kind: 'date', year, month, date };
    const [h, mi] = [Number(m[4]), Number(m[5])];
    if (h > 23 || mi > 59 || Number(m[6] ?? 0) > 59)
        return `"${text}" is not a time of day`;
    if (m[7] !== undefined) {
        const ms = Date.parse(text.trim().replace(' ', 'T'));
        if (Number.isNaN(ms))
            return `"${text}" is not a valid date-time`;
        return { kind: 'instant', ms };
    }
    return { kind: 'local', year, month, date, minute: h * 60 + mi };
}
const timeZone = schemas/* string */.YjP().superRefine((s, ctx) => {
    if (!(0,zone/* isValidTimeZone */.Aq)(s))
        ctx.addIssue({
            code: 'custom',
            message: `unknown time zone "${s}": use an IANA name such as "Europe/Berlin" or "UTC"`,
        });
});
const days = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())], {
    error: 'expected days such as "mon-thu", "mon,wed,fri" or a list [mon, wed]',
})
    .transform((v, ctx) => {
    const r = parseDays(v);
    if (typeof r === 'string') {
        ctx.addIssue({ code: 'custom', message: r });
        return core/* NEVER */.tm;
    }
    return r;
});
const cron = schemas/* string */.YjP().transform((s, ctx) => {
    try {
        return parseCron(s);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: `bad cron "${s}": ${e.message}` });
        return core/* NEVER */.tm;
    }
});
const duration = fields/* durationField */.T.refine((ms) => ms > 0, 'must be longer than 0');
const ruleSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().trim().min(1, 'must not be empty').optional(),
    timezone: timeZone.optional(),
    days: days.optional(),
    hours: (0,fields/* fromText */.I)(parseHours).optional(),
    holidays: schemas/* string */.YjP()
        .trim()
        .min(2, 'expected country[-state[-region]] such as "US" or "DE-BY"')
        .optional(),
    types: schemas/* array */.YOg(schemas/* enum */.k5n(HOLIDAY_TYPES, { error: `expected one of ${HOLIDAY_TYPES.join(', ')}` }))
        .min(1, 'must name at least one holiday type')
        .optional(),
    offset: (0,fields/* fromText */.I)(parseOffset).optional(),
    from: (0,fields/* fromText */.I)(parseTimeSpec).optional(),
    to: (0,fields/* fromText */.I)(parseTimeSpec).optional(),
    cron: cron.optional(),
    duration: duration.optional(),
})
    .superRefine((r, ctx) => {
    const need = (key, message) => ctx.addIssue({ code: 'custom', path: [key], message });
    if (r.types && !r.holidays)
        need('types', 'only applies with "holidays"');
    if (r.offset !== undefined && !r.holidays)
        need('offset', 'only applies with "holidays"');
    if (r.cron && r.duration === undefined)
        need('duration', 'required with "cron" (how long each window lasts, e.g. "2h")');
    if (r.duration !== undefined && !r.cron)
        need('cron', 'required with "duration" (when each window starts)');
    if (!r.days && !r.hours && !r.holidays && !r.from && !r.to && !r.cron)
        ctx.addIssue({
            code: 'custom',
            message: 'a rule needs at least one of days, hours, holidays, from/to or cron',
        });
});
const rules = schemas/* array */.YOg(ruleSchema);
const scopeShape = {
    timezone: timeZone,
    allow: rules.optional(),
    deny: rules.optional(),
};
const policySchema = schemas/* strictObject */.rej({
    ...scopeShape,
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ ...scopeShape, timezone: timeZone.optional() }, { error: 'expected a mapping' }))
        .optional(),
});

;// CONCATENATED MODULE: ./src/window/policy.ts
// From policy text to rules the engine can ask two questions of: "do you match at t?" and
// "when might your answer change next?". Every check that can fail runs here, before any
// decision, so a bad policy is an input error and never a half-applied window.






const CRON_LOOKAHEAD = 367 * zone/* DAY */.d_;
function instantOf(spec, z, endOfDay) {
    switch (spec.kind) {
        case 'instant':
            return spec.ms;
        case 'date':
            return z.firstAtOrAfter(((0,zone/* dayOf */.kb)(spec.year, spec.month, spec.date) + (endOfDay ? 1 : 0)) * zone/* DAY */.d_);
        case 'local':
            return z.firstAtOrAfter((0,zone/* dayOf */.kb)(spec.year, spec.month, spec.date) * zone/* DAY */.d_ + spec.minute * zone/* MINUTE */.pY);
    }
}
function compileRule(r, path, zoneName, cal) {
    const z = (0,zone/* zone */.rg)(r.timezone ?? zoneName);
    const mask = r.days ? new Set(r.days) : null;
    const shift = r.offset ?? 0;
    const hasDay = mask !== null || cal !== undefined;
    const hours = r.hours;
    const dayOk = (day) => (mask === null || mask.has((((day + 4) % 7) + 7) % 7)) &&
        (cal === undefined || cal.on(day - shift) !== undefined);
    const wallOk = (l) => {
        if (!hours)
            return dayOk(l.day);
        if (hours.start < hours.end)
            return l.minute >= hours.start && l.minute < hours.end && dayOk(l.day);
        // Overnight: the part after midnight belongs to the day the range started on.
        return (l.minute >= hours.start && dayOk(l.day)) || (l.minute < hours.end && dayOk(l.day - 1));
    };
    const hasWall = hasDay || hours !== undefined;
    const wallMinutes = [
        ...new Set([...(hasDay ? [0] : []), ...(hours ? [hours.start, hours.end] : [])]),
    ].sort((a, b) => a - b);
    const from = r.from ? instantOf(r.from, z, false) : Number.NEGATIVE_INFINITY;
    const to = r.to ? instantOf(r.to, z, r.to.kind === 'date') : Number.POSITIVE_INFINITY;
    const clock = r.cron ? new CronClock(r.cron, z) : null;
    const length = r.duration ?? 0;
    return {
        name: r.name ?? path,
        path,
        zone: z,
        matches(t) {
            if (t < from || t >= to)
                return false;
            if (hasWall && !wallOk(z.local(t)))
                return false;
            if (clock) {
                const fire = clock.latestAtOrBefore(t, length);
                if (fire === null || t >= fire + length)
                    return false;
            }
            return true;
        },
        nextBoundary(t) {
            let b = Number.POSITIVE_INFINITY;
            if (wallMinutes.length > 0)
                b = z.nextWallBoundary(t, wallMinutes);
            if (from > t)
                b = Math.min(b, from);
            if (to > t)
                b = Math.min(b, to);
            if (clock) {
                b = Math.min(b, clock.nextAfter(t, CRON_LOOKAHEAD));
                const fire = clock.latestAtOrBefore(t, length);
                if (fire !== null && fire + length > t)
                    b = Math.min(b, fire + length);
            }
            return b;
        },
        holidayAt: cal ? (t) => cal.on(z.local(t).day - shift) : undefined,
    };
}
/** The rule lists as written (top level and each environment), for checks that span them all. */
function writtenScopes(p) {
    const out = [
        { path: [], timezone: p.timezone, allow: p.allow ?? [], deny: p.deny ?? [] },
    ];
    for (const [name, env] of Object.entries(p.environments ?? {}))
        out.push({
            path: ['environments', name],
            timezone: env.timezone ?? p.timezone,
            allow: env.allow ?? [],
            deny: env.deny ?? [],
        });
    return out;
}
async function semanticProblems(p, root) {
    const problems = [];
    for (const s of writtenScopes(p)) {
        for (const kind of ['allow', 'deny']) {
            for (const [i, r] of s[kind].entries()) {
                const at = (field) => (0,errors/* joinPath */.uJ)(root, [...s.path, kind, i, field]);
                if (r.holidays) {
                    const err = await checkHolidayCode(r.holidays);
                    if (err)
                        problems.push({ path: at('holidays'), message: err });
                }
                if (r.from && r.to) {
                    const z = (0,zone/* zone */.rg)(r.timezone ?? s.timezone);
                    if (instantOf(r.to, z, r.to.kind === 'date') <= instantOf(r.from, z, false))
                        problems.push({ path: at('to'), message: 'must be after "from"' });
                }
            }
        }
    }
    return problems;
}
/** Parses, validates and prepares a policy. Throws InputError naming `root` and the field path. */
async function loadPolicy(text, root = 'policy') {
    const raw = (0,yaml/* parseYamlInput */.P)(text, root);
    const parsed = policySchema.safeParse(raw, { reportInput: true });
    if (!parsed.success)
        throw (0,errors/* fromZod */.sq)(root, parsed.error);
    const config = parsed.data;
    const problems = await semanticProblems(config, root);
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return {
        config,
        async scope(environment) {
            const env = config.environments?.[environment];
            const timezone = env?.timezone ?? config.timezone;
            const build = async (rules, where) => Promise.all(rules.map(async (r, i) => {
                const cal = r.holidays
                    ? await holidayCalendar({
                        ...parseHolidayCode(r.holidays),
                        types: r.types ?? ['public'],
                    })
                    : undefined;
                return compileRule(r, `${where}[${i}]`, timezone, cal);
            }));
            // An environment replaces the lists it names and inherits the others from the top level.
            const where = (kind) => (0,errors/* joinPath */.uJ)('', env?.[kind] ? ['environments', environment, kind] : [kind]);
            return {
                environment,
                timezone,
                zone: (0,zone/* zone */.rg)(timezone),
                allow: await build(env?.allow ?? config.allow ?? [], where('allow')),
                deny: await build(env?.deny ?? config.deny ?? [], where('deny')),
            };
        },
    };
}


/***/ })

};
