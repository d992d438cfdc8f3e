import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{LABEL_LIMIT,environmentLabel,findIncident,incidentLabels}from"./chunk-QVMFFOC4.js";import"./chunk-DJ6EKWTF.js";export{LABEL_LIMIT,environmentLabel,findIncident,incidentLabels};
