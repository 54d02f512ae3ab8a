// Entries of a message catalogue: `$lang['pass'] = 'Salasana'`, `$labels['password'] = 'Kennwort'`,
// `messages.password = "Mot de passe"`. A translation or label table holds the words a page shows for a key, so a
// password-named key there names a form field or a button, and its value is text for people, not a secret.

/** Names of tables that hold display text (translations, labels, messages, hints). */
const CATALOGUE =
  /^(lang|language|labels?|messages?|msgs|strings|texts?|translations?|trans|l10n|i18n|locale|captions?|titles|hints|tooltips|phrases)$/i;

/** The table `name` is an element of: `lang` for `$lang['pass']`, `$this->labels["pwd"]`, `messages.password`. */
function containerName(name: string): string | null {
  const m = /(?:^|[$.>:])(\w+)\s*(?:\[\s*['"][^'"]*['"]\s*\]|\.\w+)$/.exec(name.trim());
  return m?.[1] ?? null;
}

/** The assigned name is an entry of a message catalogue. */
export function catalogueEntry(name: string): boolean {
  const table = containerName(name);
  return table !== null && CATALOGUE.test(table);
}

/** `$errors['snmp_password'] = 'snmp_password'`: the value is its own key, a field's name rather than a secret. */
export function namesItsOwnKey(name: string, value: string): boolean {
  const key = /['"]?(\w+)['"]?\s*\]?$/.exec(name.trim())?.[1];
  return key !== undefined && key === value;
}
