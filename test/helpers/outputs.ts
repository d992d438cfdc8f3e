export { parseOutputs } from '../../src/demo/action-process.js'
