import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadLocated,parseYamlInput,readYamlSource}from"./chunk-BE74SOU5.js";import"./chunk-LQSTCDNH.js";import"./chunk-DJ6EKWTF.js";export{loadLocated,parseYamlInput,readYamlSource};
