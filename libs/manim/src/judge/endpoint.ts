/** An OpenAI-compatible chat completions endpoint, configured from the environment. */
export interface JudgeEndpoint {
  url: string;
  model: string;
  apiKey: string | null;
}

export const JUDGE_ENV_HINT = 'set MANIM_JUDGE_URL (an OpenAI-compatible base URL, e.g. https://api.openai.com/v1), MANIM_JUDGE_MODEL and, if needed, MANIM_JUDGE_API_KEY';

/** null when the judge is off (the default): no URL configured. */
export function judgeEndpointFromEnv(env: NodeJS.ProcessEnv): JudgeEndpoint | null {
  const base = env['MANIM_JUDGE_URL']?.trim();
  if (!base) return null;
  const url = /\/chat\/completions\/?$/.test(base) ? base : `${base.replace(/\/+$/, '')}/chat/completions`;
  return { url, model: env['MANIM_JUDGE_MODEL']?.trim() || 'gpt-4o-mini', apiKey: env['MANIM_JUDGE_API_KEY']?.trim() || null };
}
