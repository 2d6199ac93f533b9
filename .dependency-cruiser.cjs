/**
 * The layers and what each may import (docs/architecture.md draws them). `npm run lint` runs this check.
 * - domain: pure rules; imports only domain.
 * - workflows: Temporal workflow code; imports domain and workflow message definitions.
 * - activities: the only I/O a workflow triggers; imports domain, db and config.
 * - api: the GraphQL server; imports domain, db, config and the workflows' message definitions (*.messages.ts).
 * - worker: wires workflows and activities (with db, domain and config); never api, ops, bench or tests.
 * - ops: operators' commands (restore reconciliation); imports domain, db, config and the workflows' message
 *   definitions, like api, and nothing imports ops.
 * Type-only imports count too, and no module may sit in an import cycle.
 */
const layer = (name) => `^${name}/`;
const npm = '(^|/)node_modules/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle (type-only ones included) ties two modules into one; move what both need below both.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-only-domain',
      comment: 'The domain is pure: no servers, no framework, no other layer.',
      severity: 'error',
      from: { path: layer('domain') },
      to: { pathNot: [layer('domain'), '^node_modules/(reflect-metadata)'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'domain-uses-no-node-builtins',
      comment: 'The domain runs inside the workflow sandbox too: no Node built-ins.',
      severity: 'error',
      from: { path: layer('domain') },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'workflows-import-domain-and-messages',
      comment: 'Workflow code is deterministic: domain rules, workflow message definitions and the Temporal SDK.',
      severity: 'error',
      from: { path: layer('workflows') },
      to: { pathNot: [layer('domain'), layer('workflows'), `${npm}@temporalio/(workflow|common)/`] },
    },
    {
      name: 'activities-import-domain-db-config',
      comment: 'Activities do I/O through db and config; they never reach into api or workflows.',
      severity: 'error',
      from: { path: layer('activities') },
      to: { path: [layer('api'), layer('workflows'), layer('worker'), layer('infra'), layer('bench'), layer('test')] },
    },
    {
      name: 'api-imports-domain-db-config-and-messages',
      comment: 'The API starts and signals workflows through their message definitions only.',
      severity: 'error',
      from: { path: layer('api') },
      to: {
        path: [layer('activities'), layer('worker'), layer('bench'), layer('test'), '^workflows/'],
        pathNot: ['^workflows/.+[.]messages[.]ts$'],
      },
    },
    {
      name: 'worker-wires-workflows-and-activities',
      comment: 'The worker runs workflows and activities; what an activity needs from the API lives below both.',
      severity: 'error',
      from: { path: layer('worker') },
      to: { path: [layer('api'), layer('ops'), layer('bench'), layer('test')] },
    },
    {
      name: 'ops-imports-domain-db-config-and-messages',
      comment: "Operators' commands read and repair through db and talk to Temporal through message definitions.",
      severity: 'error',
      from: { path: layer('ops') },
      to: {
        path: [layer('api'), layer('activities'), layer('worker'), layer('bench'), layer('test'), '^workflows/'],
        pathNot: ['^workflows/.+[.]messages[.]ts$'],
      },
    },
    {
      name: 'nothing-imports-ops',
      severity: 'error',
      from: { pathNot: ['^ops/', '^test/'] },
      to: { path: layer('ops') },
    },
    {
      name: 'db-and-config-stay-below',
      comment: 'db and config serve api and activities; they import neither, nor workflows.',
      severity: 'error',
      from: { path: ['^db/', '^config/'] },
      to: { path: [layer('api'), layer('activities'), layer('workflows'), layer('worker')] },
    },
    {
      name: 'nothing-imports-tests-or-bench',
      severity: 'error',
      from: { pathNot: ['^test/', '^bench/'] },
      to: { path: ['^test/', '^bench/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^[.]data/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
