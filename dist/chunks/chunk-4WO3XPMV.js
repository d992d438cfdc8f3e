import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{mkdirSync,writeFileSync}from"node:fs";import{join}from"node:path";function writeReport(dir,name,data){mkdirSync(dir,{recursive:!0});let file=join(dir,`${name.replace(/[^\w.-]+/g,"_")}.json`);return writeFileSync(file,JSON.stringify(data,null,2)+`
`),file}export{writeReport};
