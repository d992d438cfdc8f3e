import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadLocated,parseYamlInput,readYamlSource}from"./chunk-SNDWER2B.js";import"./chunk-ZBUIJVN3.js";import"./chunk-DJ6EKWTF.js";export{loadLocated,parseYamlInput,readYamlSource};
