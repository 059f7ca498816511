// Project rules that no published plugin has.

const LETTER = /\p{L}/u;
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);

/** Every string a user sees comes from the catalogue (German first, English second). */
const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'UI text must come from the i18n catalogue' },
    messages: {
      text: 'Text "{{text}}" is written into the UI directly; put it into the catalogue (src-main/shared/i18n) and use t().',
    },
    schema: [],
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!TEXT_ATTRIBUTES.has(name) || !node.value) return;
        if (node.value.type === 'Literal' && typeof node.value.value === 'string' && LETTER.test(node.value.value)) {
          report(node, node.value.value);
        }
        const expr = node.value.type === 'JSXExpressionContainer' ? node.value.expression : null;
        if (expr?.type === 'Literal' && typeof expr.value === 'string' && LETTER.test(expr.value)) report(node, expr.value);
        if (expr?.type === 'TemplateLiteral' && expr.quasis.some((q) => LETTER.test(q.value.cooked ?? ''))) {
          report(node, expr.quasis.map((q) => q.value.cooked).join('…'));
        }
      },
    };
  },
};

const DOM_TEXT_PROPERTIES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'textContent', 'innerText']);

const literalText = (node) => {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join('…');
  return null;
};

/** The same rule for the phones' page, which builds its DOM with h(tag, attrs, ...children) instead of JSX. */
const noLiteralDomText = {
  meta: {
    type: 'problem',
    docs: { description: 'Text on the phones\' page comes from its catalogue (src-phone/strings.ts)' },
    messages: { text: 'Text "{{text}}" is written into the page directly; put it into src-phone/strings.ts.' },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
    const check = (node) => {
      const text = literalText(node);
      if (text !== null && LETTER.test(text)) report(node, text);
    };
    const propertyName = (node) => (node.key.type === 'Identifier' ? node.key.name : typeof node.key.value === 'string' ? node.key.value : '');
    return {
      CallExpression(node) {
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'h') return;
        node.arguments.slice(2).forEach(check);
        const attrs = node.arguments[1];
        if (attrs?.type !== 'ObjectExpression') return;
        for (const p of attrs.properties) if (p.type === 'Property' && DOM_TEXT_PROPERTIES.has(propertyName(p))) check(p.value);
      },
      AssignmentExpression(node) {
        const target = node.left;
        if (target.type === 'MemberExpression' && target.property.type === 'Identifier' && DOM_TEXT_PROPERTIES.has(target.property.name)) check(node.right);
      },
    };
  },
};

// German-looking text: an umlaut or ß, or a capitalised word followed by another word ("Erster Schritt", "Noch nicht").
const GERMAN = /[äöüÄÖÜß]|\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-Za-zäöüß]{2,}/;
/** Calls whose strings are for developers or machines, not for the user. */
const DEVELOPER_CALLS = new Set(['Error', 'TypeError', 'RangeError', 'sql', 'prepare', 'exec', 'require', 'log', 'warn', 'error', 'debug']);

const calleeName = (callee) => (callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : '');

/** True when the string is an argument of a developer-facing call (an Error, SQL, the console) or an import. */
function forDevelopers(node) {
  if (node.parent && 'source' in node.parent && node.parent.source === node) return true;
  for (let n = node.parent; n; n = n.parent) {
    if ((n.type === 'NewExpression' || n.type === 'CallExpression') && DEVELOPER_CALLS.has(calleeName(n.callee))) return true;
    if (n.type === 'TSLiteralType') return true;
    if (n.type === 'FunctionDeclaration' || n.type === 'ArrowFunctionExpression' || n.type === 'Program') return false;
  }
  return false;
}

/**
 * The core writes documents (report, CSV, calendar, pictures) and the shell a
 * menu: their words come from the one catalogue (src-main/shared/i18n), never
 * from a string in the code. Only German-looking strings are flagged: English
 * strings there are for developers (errors, SQL, fonts, file formats).
 */
const noDocumentLiteral = {
  meta: {
    type: 'problem',
    docs: { description: 'Words of documents and menus come from the catalogue (src-main/shared/i18n)' },
    messages: { text: 'Text "{{text}}" looks like words for the user; put it into the catalogue (src-main/shared/i18n) and read it from there.' },
    schema: [],
  },
  create(context) {
    const check = (node, text) => {
      if (GERMAN.test(text) && !forDevelopers(node)) context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
    };
    return {
      Literal(node) {
        if (typeof node.value !== 'string') return;
        // A property's name is not text ({ 'aria-label': … }).
        if (node.parent?.type === 'Property' && node.parent.key === node) return;
        check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? '');
      },
    };
  },
};

/** The module name a call or import() names in plain text, or null when it is computed. */
function staticName(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

const isCreateRequire = (node) =>
  node?.type === 'CallExpression' &&
  ((node.callee.type === 'Identifier' && node.callee.name === 'createRequire') ||
    (node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'createRequire'));

/**
 * no-restricted-imports sees only import declarations. A layer that must not
 * load a module (the core and Electron) also must not reach it at run time:
 * import('electron'), require('electron'), createRequire(…)('electron'),
 * module.require('electron'), or an import()/require whose name is computed
 * (the rule could not see what it loads).
 */
const noRuntimeModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbidden modules stay forbidden when loaded at run time' },
    messages: {
      named: '"{{name}}" is loaded at run time here; this layer must not use it ({{why}}).',
      computed: 'A module loaded by a computed name: this layer loads modules only by names the lint rules can check.',
    },
    schema: [
      {
        type: 'object',
        properties: { names: { type: 'array', items: { type: 'string' } }, why: { type: 'string' } },
        required: ['names'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { names, why = 'layering rule' } = context.options[0];
    const forbidden = (name) => names.some((n) => name === n || name.startsWith(`${n}/`));
    /** Local names bound to a require function: const req = createRequire(import.meta.url). */
    const requireNames = new Set(['require']);
    const check = (node, arg) => {
      const name = staticName(arg);
      if (name === null) context.report({ node, messageId: 'computed' });
      else if (forbidden(name)) context.report({ node, messageId: 'named', data: { name, why } });
    };
    const isRequireCall = (callee) =>
      (callee.type === 'Identifier' && requireNames.has(callee.name)) ||
      isCreateRequire(callee) ||
      (callee.type === 'MemberExpression' && callee.property.type === 'Identifier' && callee.property.name === 'require');
    return {
      VariableDeclarator(node) {
        if (node.id.type === 'Identifier' && isCreateRequire(node.init)) requireNames.add(node.id.name);
      },
      AssignmentExpression(node) {
        if (node.left.type === 'Identifier' && isCreateRequire(node.right)) requireNames.add(node.left.name);
      },
      ImportExpression(node) {
        check(node, node.source);
      },
      CallExpression(node) {
        if (isRequireCall(node.callee)) check(node, node.arguments[0]);
      },
    };
  },
};

export const localRules = {
  rules: {
    'no-literal-ui-text': noLiteralUiText,
    'no-literal-dom-text': noLiteralDomText,
    'no-document-literal': noDocumentLiteral,
    'no-runtime-module': noRuntimeModule,
  },
};
