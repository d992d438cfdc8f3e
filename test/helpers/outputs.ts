export { parseOutputs } from '../../demo/action-process.js'
