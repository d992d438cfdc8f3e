import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
async function bestEffort(runner,what,fn){try{return await fn()}catch(e){return runner.warning(`GitHub: could not ${what}: ${e.message}`),null}}export{bestEffort};
