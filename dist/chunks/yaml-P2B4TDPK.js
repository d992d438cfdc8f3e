import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadLocated,parseYamlInput,readYamlSource}from"./chunk-JIXICO4Z.js";import"./chunk-TWTLTBWH.js";import"./chunk-VW4XOO2N.js";export{loadLocated,parseYamlInput,readYamlSource};
