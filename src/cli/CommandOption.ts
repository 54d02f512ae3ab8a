// One option of a command, declared once: parsing, validation and the --help text are all derived from it.

export interface CommandOption {
  /** Long name without dashes, e.g. "base-url"; used as `--base-url`. */
  name: string;
  /** integer and number are strings on the command line, checked here and handed to the command as text. */
  type: 'string' | 'boolean' | 'integer' | 'number';
  /** Placeholder of the value in help, e.g. FILE (default: N for numbers, VALUE for strings). */
  value?: string;
  description: string;
  /** Put into the parsed flags when the option is absent, and shown in help. */
  default?: string;
  /** Shown in help as the default without being put into the flags: the command decides what absence means. */
  defaultNote?: string;
  /** Inclusive bounds of integer and number options. */
  min?: number;
  max?: number;
  /** The only values a string option accepts. */
  choices?: readonly string[];
  /** Given bare (last, or before another option) it is the empty string instead of an error. */
  optionalValue?: boolean;
  /** Extra check of a value that passed the type check: an error text, or undefined when it is fine. */
  validate?: (value: string) => string | undefined;
}

/** What is wrong with `value` for `option`, or undefined when it is acceptable. */
export function optionValueProblem(option: CommandOption, value: string): string | undefined {
  if (option.type === 'integer' || option.type === 'number') {
    const n = Number(value);
    const kind = option.type === 'integer' ? 'an integer' : 'a number';
    if (value.trim() === '' || !Number.isFinite(n) || (option.type === 'integer' && !Number.isInteger(n))) {
      return `must be ${kind}${rangeText(option)}, got "${value}"`;
    }
    if ((option.min !== undefined && n < option.min) || (option.max !== undefined && n > option.max)) {
      return `must be ${kind}${rangeText(option)}, got ${value}`;
    }
  }
  if (option.choices && !option.choices.includes(value) && !(option.optionalValue && value === '')) {
    return `must be one of ${option.choices.join(', ')}, got "${value}"`;
  }
  return option.validate?.(value);
}

/** " in 0..2", " ≥ 1" or "" for the bounds of a numeric option. */
export function rangeText(option: Pick<CommandOption, 'min' | 'max'>): string {
  if (option.min !== undefined && option.max !== undefined) return ` in ${option.min}..${option.max}`;
  if (option.min !== undefined) return ` ≥ ${option.min}`;
  if (option.max !== undefined) return ` ≤ ${option.max}`;
  return '';
}

/** The placeholder of an option's value in help and usage lines ("" for a boolean). */
export function valuePlaceholder(option: CommandOption): string {
  if (option.type === 'boolean') return '';
  if (option.value) return option.value;
  if (option.choices) return option.choices.join('|');
  return option.type === 'string' ? 'VALUE' : 'N';
}
