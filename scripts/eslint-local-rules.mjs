// Project rules that no published plugin has.

const LETTER = /\p{L}/u;
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);

/** Every string a user sees comes from the catalogue (German first, English second). */
const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'UI text must come from the i18n catalogue' },
    messages: {
      text: 'Text "{{text}}" is written into the UI directly; put it into the catalogue (src-renderer/i18n) and use t().',
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

export const localRules = { rules: { 'no-literal-ui-text': noLiteralUiText } };
