export const id = 839;
export const ids = [839,613];
export const modules = {

/***/ 3839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);
/* harmony import */ var _rollback_flow_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3753);
/* harmony import */ var _rollback_process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(861);
/* harmony import */ var _rollback_strategies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4219);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5990);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(165);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3613);
// `command: deploy`: the window, then the deploy-command, then verification; a failed deploy
// command takes the failure branch like a failed verification.







/** `command: deploy`: the deploy-command between a window check and a verification. */
async function deployCommand(s, io, windowOpen) {
    if (!(await windowOpen()))
        return;
    const d = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .flowDeps */ .l)(s, io, true);
    const sha = d.ctx.sha;
    if (s['dry-run']) {
        // A dry run decides; deploying is the one thing it must not do.
        io.runner.info(`dry run: the window is open; would run the deploy command for ${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h)(sha)}, then verify it`);
        return;
    }
    const res = await io.runner.group('deploy command', () => (0,_rollback_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runShell */ .E)(s['deploy-command'], {
        env: (0,_rollback_strategies_js__WEBPACK_IMPORTED_MODULE_3__/* .commandEnv */ .z)({
            environment: s.environment,
            previousSha: '',
            previousRef: '',
            failedSha: '',
            reason: '',
        }),
        timeoutMs: s['rollback-timeout'],
        onLine: (l) => io.runner.info(d.redactor.text(l)),
        ...(io.signal ? { signal: io.signal } : {}),
    }));
    if (res.code !== 0) {
        // A half-applied deploy is a failed deploy: the same branch as a failed verification.
        const why = `the deploy command ${res.timedOut ? 'timed out and was stopped' : `exited with ${res.code ?? res.signal}`}`;
        const tracking = await (0,_rollback_flow_js__WEBPACK_IMPORTED_MODULE_1__/* .trackDeployment */ .F3)(d, sha);
        await (0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .afterFailure */ .H)((0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .failedWithoutProbing */ .V)(d, sha, why), sha, d, tracking.deploymentId, tracking.startedAt);
        return;
    }
    await (0,_verify_js__WEBPACK_IMPORTED_MODULE_6__.verifyCommand)(s, io, sha);
}


/***/ }),

/***/ 3613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);
/* harmony import */ var _report_report_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6757);
/* harmony import */ var _rollback_previous_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7403);
/* harmony import */ var _rollback_flow_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3753);
/* harmony import */ var _verify_probing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5282);
/* harmony import */ var _verify_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5271);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5990);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(165);
// `command: verify`: probe the deployed release; on failure the failure branch.








/** `command: verify`: probe the deployed release; on failure roll back, verify, and open the issue. */
async function verifyCommand(s, io, sha) {
    const d = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .flowDeps */ .l)(s, io, true);
    const failedSha = sha ?? d.ctx.sha;
    // GitHub's record of the deployment is written while the first rounds probe: its pacing of
    // writes must not delay detection. A rerun must know first whether it is finishing a story.
    const tracked = (0,_rollback_flow_js__WEBPACK_IMPORTED_MODULE_3__/* .trackDeployment */ .F3)(d, failedSha);
    if (d.ctx.runAttempt > 1) {
        const t = await tracked;
        if (t.failedBefore) {
            const why = `an earlier attempt of this run marked ${failedSha ? (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h)(failedSha) : 'this release'} failed ("${t.failedBefore}"); this attempt finishes its rollback and incident instead of verifying again`;
            io.runner.warning(why);
            await (0,_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .afterFailure */ .H)((0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .failedWithoutProbing */ .V)(d, failedSha, why), failedSha, d, t.deploymentId, t.startedAt);
            return;
        }
    }
    const { report } = await (0,_verify_probing_js__WEBPACK_IMPORTED_MODULE_4__/* .probeRelease */ .i9)(d.probes, d.config, {
        runner: io.runner,
        now: io.now,
        workspace: d.ctx.workspace,
        reportDir: io.reportDir,
        ...(io.signal ? { signal: io.signal } : {}),
    }, {
        target: failedSha ? `release ${(0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h)(failedSha)}` : 'the deployed release',
        environment: s.environment,
    }, d.redactor);
    const tracking = await tracked;
    if (report.verdict.healthy) {
        await (0,_rollback_flow_js__WEBPACK_IMPORTED_MODULE_3__/* .markDeployment */ .tt)(d, tracking, 'success', _rollback_previous_js__WEBPACK_IMPORTED_MODULE_2__/* .VERIFIED_MARK */ .rY);
        const file = (0,_report_report_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeReport */ .u)(io.reportDir, `deploy-guard-${s.command}-${s.environment}`, report);
        io.runner.output('healthy', 'true');
        io.runner.output('severity', '');
        io.runner.output('rolled-back', 'false');
        io.runner.output('report', file);
        io.runner.info((0,_verify_report_js__WEBPACK_IMPORTED_MODULE_7__/* .verdictSentence */ .BT)(report));
        await io.runner.summary((0,_verify_report_js__WEBPACK_IMPORTED_MODULE_7__/* .renderVerifySummary */ .i2)(report));
        return;
    }
    if (report.verdict.outcome === 'cancelled') {
        await (0,_rollback_flow_js__WEBPACK_IMPORTED_MODULE_3__/* .markDeployment */ .tt)(d, tracking, 'error', 'deploy-guard: verification cancelled');
        io.runner.output('healthy', 'false');
        io.runner.output('report', (0,_report_report_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeReport */ .u)(io.reportDir, `deploy-guard-${s.command}-${s.environment}`, report));
        await io.runner.summary((0,_verify_report_js__WEBPACK_IMPORTED_MODULE_7__/* .renderVerifySummary */ .i2)(report));
        io.runner.fail((0,_verify_report_js__WEBPACK_IMPORTED_MODULE_7__/* .verdictSentence */ .BT)(report));
        return;
    }
    await (0,_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .afterFailure */ .H)(report, failedSha, d, tracking.deploymentId, tracking.startedAt);
}


/***/ })

};
