import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
async function bestEffort(warn,what,fn){try{return await fn()}catch(e){warn(`GitHub: could not ${what}: ${e.message}`);return null}}export{bestEffort};
