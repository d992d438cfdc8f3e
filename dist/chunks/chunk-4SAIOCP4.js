import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
function iso(ms){return new Date(ms).toISOString().replace(".000Z","Z")}export{iso};
