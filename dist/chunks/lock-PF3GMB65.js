import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{LABEL_LIMIT,environmentLabel,findIncident,incidentLabels}from"./chunk-WXI3GO75.js";import"./chunk-VW4XOO2N.js";export{LABEL_LIMIT,environmentLabel,findIncident,incidentLabels};
