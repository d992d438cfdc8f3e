import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{visible}from"./chunk-MFRK4BES.js";var BREAK=/\r\n?|[\n\u0085\u2028\u2029]/g;function plainLine(text){return visible(text.replace(BREAK," "))}function commandSafe(text){return escapeCommands(plainLine(text))}function commandSafeLines(text){return text.split(BREAK).map(line=>escapeCommands(visible(line))).join(`
`)}function escapeCommands(line){return line.replace(/##\[/g,"## [").replace(/^(\s*):(?=:)/,"$1: ")}function commandSafeJson(value){return JSON.stringify(value).replace(/##\[/g,"#\\u0023[")}export{plainLine,commandSafe,commandSafeLines,commandSafeJson};
