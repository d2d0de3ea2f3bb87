/**
 * Everything the extension needs only after activation, bundled apart into dist/client-lazy.js
 * (see esbuild.mjs): the language client library, the pure core and the command implementations.
 * dist/client.js, which VS Code loads to activate, stays a few kilobytes; this bundle is required
 * in the task after activation (to start the server and the status bar) or by the first command.
 */
export { LanguageClient, State, TransportKind } from 'vscode-languageclient/node';
export { closeOnLanguageChange } from './sync';
export { gotoPlaceholder, fillPlaceholders } from './placeholders';
export { StatsStatus, showStats, forget } from './status';
export { gotoSection } from './sections';
export { showRules } from './rules-doc';
export { UntitledDraftOffer, checkAsDraft } from './untitled';
export { localiseDiagnostics, localiseHover } from './rule-links';
export { INITIALIZATION_OPTIONS } from './rule-code';
export { SERVER_EXEC_ARGV } from './server-launch';
export { registerConfigFiles } from './config-files';
export { usePlaceholderServer } from './analysis';
