export const id = 356;
export const ids = [356];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackCommand: () => (/* binding */ rollbackCommand)
/* harmony export */ });
/* harmony import */ var _rollback_flow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3753);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5990);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(165);
// `command: rollback`: the failure branch on demand, for the environment's newest deployment.



/** `command: rollback`: the failure branch on demand, for the newest deployment of the environment. */
async function rollbackCommand(s, io) {
    const d = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .flowDeps */ .l)(s, io, false);
    let sha = d.ctx.sha;
    let deploymentId = null;
    let startedAt = null;
    if (d.gh) {
        const gh = d.gh;
        const recent = (await (0,_rollback_flow_js__WEBPACK_IMPORTED_MODULE_0__/* .soft */ .LN)(io.runner, 'list deployments', () => gh.deployments(s.environment, { perPage: 5 }))) ?? [];
        const latest = await notThisRun(gh, recent, d.ctx.runUrl, io.runner);
        d.ownDeployments = recent
            .slice(0, latest ? recent.indexOf(latest) : recent.length)
            .map((x) => x.id);
        if (latest)
            ({ sha, id: deploymentId, created_at: startedAt } = latest);
    }
    const reason = `@${d.ctx.actor} requested a rollback: ${s['override-reason'] || 'on demand'}`;
    await (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .afterFailure */ .H)((0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .failedWithoutProbing */ .V)(d, sha, reason), sha, d, deploymentId, startedAt);
}
/**
 * The newest deployment that is not this job's own. A rollback job with `environment:` gets a
 * deployment of its own commit from GitHub, newer than the release it is meant to roll back:
 * its statuses link to this run and it is still under way (an earlier step's deploy has ended).
 */
async function notThisRun(gh, recent, runUrl, runner) {
    if (!runUrl)
        return recent[0];
    const ours = (u) => !!u && (u === runUrl || u.startsWith(`${runUrl}/`));
    for (const dep of recent) {
        // newest first, as GitHub lists them
        const statuses = (await (0,_rollback_flow_js__WEBPACK_IMPORTED_MODULE_0__/* .soft */ .LN)(runner, 'read deployment statuses', () => gh.statuses(dep.id, 5))) ?? [];
        const running = ['queued', 'pending', 'in_progress'].includes(statuses[0]?.state ?? '');
        if (!(running && statuses.some((st) => ours(st.log_url) || ours(st.target_url))))
            return dep;
    }
    return undefined;
}


/***/ })

};
