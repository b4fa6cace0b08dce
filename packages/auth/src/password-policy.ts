import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * Password rules per ASVS 5 (V6.2): 8 to 128 characters of anything, no composition rules, and
 * common or easily guessed passwords refused, judged by zxcvbn offline (dictionaries, keyboard
 * patterns, l33t substitutions, repeats). 15 characters or more is encouraged, not required.
 */
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RECOMMENDED_LENGTH,
} from "./password-limits";
/** zxcvbn score from 0 (too guessable) to 4 (very unguessable); 3 resists offline slow-hash attacks. */
export const PASSWORD_MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  // Built on first use: the dictionaries are large and most requests never need them.
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

export interface PasswordAssessment {
  /** 0–4 */
  score: number;
  acceptable: boolean;
  /** One sentence on what is wrong, when it is not acceptable. */
  problem: string | null;
  suggestions: string[];
}

/** Judges a password; `userInputs` (name, email) count as guessable words. */
export function assessPassword(password: string, userInputs: string[] = []): PasswordAssessment {
  // Length is measured in characters as people see them, not UTF-16 code units.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return {
      score: 0,
      acceptable: false,
      problem: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
      suggestions: [],
    };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return {
      score: 0,
      acceptable: false,
      problem: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
      suggestions: [],
    };
  }
  if (builtFromPersonalDetails(password, userInputs)) {
    return {
      score: 1,
      acceptable: false,
      problem: "Do not build your password from your name or email address.",
      suggestions: ["Use a phrase of unrelated words instead."],
    };
  }
  // zxcvbn's cost grows with length; past 64 characters the first 64 decide.
  const inputs = userInputs
    .flatMap((input) => input.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length > 2);
  const result = getEstimator().check(password.slice(0, 64), inputs);
  const acceptable = result.score >= PASSWORD_MIN_SCORE;
  return {
    score: result.score,
    acceptable,
    problem: acceptable
      ? null
      : result.feedback.warning ||
        "This password is too easy to guess. Try a longer phrase of unrelated words.",
    suggestions: result.feedback.suggestions,
  };
}

/** True when removing the user's name or email from the password leaves little of it. */
function builtFromPersonalDetails(password: string, userInputs: string[]): boolean {
  const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  let rest = squash(password);
  for (const input of userInputs) {
    const whole = squash(input.split("@")[0] ?? input);
    if (whole.length >= 3) rest = rest.split(whole).join("");
  }
  return rest.length < 6 && rest.length < squash(password).length;
}
