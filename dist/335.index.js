export const id = 335;
export const ids = [335];
export const modules = {

/***/ 7335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findIncident: () => (/* binding */ findIncident),
/* harmony export */   sV: () => (/* binding */ incidentLabels)
/* harmony export */ });
/* unused harmony exports LABEL_LIMIT, environmentLabel */
// The incident lock: the labels that scope an environment's incident issue, and the lookup of
// the open one (the `window` command's lock and the failure branch share them). Small on
// purpose: `window` loads this and the GitHub client, nothing that renders or rolls back.
/** GitHub's limit for a label's name (https://docs.github.com/en/rest/issues/labels). */
const LABEL_LIMIT = 50;
/**
 * The label that scopes incidents to an environment. Environment names are case-insensitive on
 * GitHub, so the label is lower case; one longer than GitHub's 50 characters keeps its start
 * and ends in a hash of the whole name, so two long names never share a label.
 */
function environmentLabel(environment) {
    const label = `env:${environment.toLowerCase()}`;
    if (label.length <= LABEL_LIMIT)
        return label;
    let h = 0x811c9dc5; // FNV-1a: short, stable, and enough to tell environments apart
    for (const ch of environment.toLowerCase()) {
        h ^= ch.codePointAt(0);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    const hash = h.toString(16).padStart(8, '0');
    return `${Array.from(label)
        .slice(0, LABEL_LIMIT - 9)
        .join('')}~${hash}`;
}
/** The labels that find an environment's incident issue (severity may change, so it is not one). */
function incidentLabels(s) {
    return [...new Set([...s['issue-labels'], environmentLabel(s.environment)])];
}
async function findIncident(gh, s) {
    return gh.findOpenIssue(incidentLabels(s));
}


/***/ })

};
