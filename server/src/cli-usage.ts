/**
 * Usage errors shared by the command-line tool's commands (`check`, `rules`, `export`).
 */

/**
 * A `node:util` parseArgs error as one bilingual line naming the option or argument (`未知选项 --x /
 * unknown option --x`): the library's own English sentences are not shown to users. Shared by `check`,
 * `rules` and `export`.
 */
export function parseErrorMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知选项 ${option} / unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const value = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `多余的参数 "${value}" / unexpected argument "${value}"`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `${option} 不带取值 / ${option} takes no value`;
    return `${option} 缺少取值 / ${option} needs a value`;
  }
  return message;
}

