// The architecture of ../shared/DESIGN.md as rules `npm run lint` checks: data flows one way, the engine,
// progress and the renderers are pure, no channel imports another, main.ts alone wires. It reads the
// compiled dist/ (`npm test` builds first): TypeScript 7 has no parser API for dependency-cruiser, and
// the JavaScript keeps every runtime import while type-only imports, which DESIGN allows, are gone.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'pure-core',
      comment:
        'The engine, progress, phrasing and rendering are pure: no store, platform, HTTP or database code.',
      severity: 'error',
      from: { path: '^dist/(engine|progress|phrase|render)/' },
      to: {
        path: '^dist/(store|channels|http|digest/(deliver|command)|app/|main\\.js|config\\.js|logger\\.js)',
      },
    },
    {
      name: 'pure-core-packages',
      severity: 'error',
      from: { path: '^dist/(engine|progress|phrase|render)/' },
      // Type-only imports of platform types in renderers are allowed (DESIGN).
      to: {
        path: 'node_modules/(@slack/|botbuilder|botframework|better-sqlite3|pg/|express|pino)',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'engine-decides-phrase-words',
      comment:
        'The engine returns plans and imports no wording: main.ts gives it the phraser (src/phrase/answer.ts) that writes them.',
      severity: 'error',
      from: { path: '^dist/engine/' },
      to: { path: '^dist/phrase/' },
    },
    {
      name: 'charter-first',
      comment:
        'Data flows seeds -> charter -> engine: the charter knows nothing downstream (errors.js, the one error type, is no stage).',
      severity: 'error',
      from: { path: '^dist/charter/' },
      to: { path: '^dist/(?!charter/|errors\\.js$)' },
    },
    {
      name: 'app-knows-no-channel',
      comment:
        'src/app holds each use case once for every channel: it decides and returns data, channels render it.',
      severity: 'error',
      from: { path: '^dist/app/' },
      to: { path: '^dist/(channels|http)/' },
    },
    {
      name: 'app-above-the-domain',
      comment:
        'Only channels and main.ts use the application layer; digests read progress through its one query.',
      severity: 'error',
      from: { path: '^dist/(store|measurements|http|digest)/' },
      to: { path: '^dist/app/', pathNot: '^dist/app/progress-query\\.js$' },
    },
    {
      name: 'no-channel-imports-another',
      severity: 'error',
      from: { path: '^dist/channels/([^/]+)/' },
      to: { path: '^dist/channels/', pathNot: '^dist/channels/$1/' },
    },
    {
      name: 'main-alone-wires',
      comment: 'Only main.ts puts store, engine, scheduler and channels together; nothing imports it.',
      severity: 'error',
      from: { path: '^dist/', pathNot: '^dist/main\\.js$' },
      to: { path: '^dist/main\\.js$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$|\\.map$' },
  },
};
