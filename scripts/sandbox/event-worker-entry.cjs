// Worker threads do not inherit tsx's loader: register it, then load the TypeScript worker.
require('tsx/cjs/api').register()
require('./event-worker.ts')
