import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
function iso(ms){return new Date(ms).toISOString().replace(".000Z","Z")}function summarySize(markdown){let breaks=0;for(let i=markdown.indexOf(`
`);i>=0;i=markdown.indexOf(`
`,i+1))breaks++;return Buffer.byteLength(markdown,"utf8")+breaks}function fitSummary(markdown,budget){if(summarySize(markdown)<=budget)return markdown;let lines=markdown.split(`
`),note=n=>`

_\u2026 ${n.toLocaleString("en-US")} more lines left out to keep the job summary under GitHub's 1 MiB limit; the whole report is in the report file (the \`report\` output)._
`,room=budget-summarySize(note(lines.length)),used=0,keep=0,fence=null;for(let i=0;i<lines.length;i++){let line=lines[i],cost=summarySize(line)+2;if(used+cost>room)break;used+=cost;let marker=/^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];fence===null&&marker?fence=marker:fence!==null&&marker&&marker[0]===fence[0]&&marker.length>=fence.length&&line.trim()===marker&&(fence=null),fence===null&&(keep=i+1)}return lines.slice(0,keep).join(`
`).trimEnd()+note(lines.length-keep)}var count=n=>n.toLocaleString("en-US");function plural(n,one,many=`${one}s`){return`${count(n)} ${n===1?one:many}`}export{iso,summarySize,fitSummary,count,plural};
