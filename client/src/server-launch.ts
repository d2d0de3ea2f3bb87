/**
 * How the extension starts its language server's Node.js process: kept free of `vscode` so the latency
 * benchmark (scripts/bench-latency.ts) and the protocol tests start the server exactly as the extension does.
 */

/**
 * Node.js options of the language server process (`execArgv` of the fork; VS Code's Node runs them as
 * Node does). `--max-semi-space-size=32` (MB, V8's young generation; the default is 16 on 64-bit Node
 * 20): on a draft with thousands of findings each keystroke allocates ~2.4 MB, most of it the version
 * being replaced, so a young generation twice as large is collected half as often at about the same
 * cost per collection (what survives is one version's data either way). Measured on the heavy latency
 * bench's keystrokes in-process (600 keystrokes): 111 scavenges taking 2.5 s in all with the default,
 * 57 taking 1.1 s with 32 MB. The price is memory: at most ~32 MB more young generation while the
 * server is busy.
 */
export const SERVER_EXEC_ARGV: readonly string[] = Object.freeze(['--max-semi-space-size=32']);
