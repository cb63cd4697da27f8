// H5 only: `import { View, Picker } from '@tarojs/components'` becomes one wrapper per component, built from
// that component's own module. Taro's React entry (`lib/react/components.js`) is a single module that
// imports all ~100 custom elements; webpack marks exports used across the whole build, so every page chunk
// (the first route too) carried Picker, Textarea, Switch… as soon as any page used them.
const fs = require('node:fs');
const path = require('node:path');

const componentsDir = path.dirname(require.resolve('@tarojs/components/package.json'));
const reactProxies = fs.readFileSync(path.join(componentsDir, 'lib/react/components.js'), 'utf8');
const elementIndex = fs.readFileSync(path.join(componentsDir, 'dist/components/index.js'), 'utf8');

/** defineCustomElementTaroPickerCore → './taro-picker-core.js' */
const elementModules = new Map(
  [...elementIndex.matchAll(/defineCustomElement as (defineCustomElement\w+) \} from '\.\/([\w.-]+)'/g)].map((m) => [
    m[1],
    `@tarojs/components/dist/components/${m[2]}`,
  ]),
);
/** View → { tag: 'taro-view-core', module, define } */
const proxies = new Map(
  [
    ...reactProxies.matchAll(
      /const (\w+) = \/\*@__PURE__\*\/ createReactComponent\('([\w-]+)', undefined, manipulatePropsFunction, (\w+)\);/g,
    ),
  ]
    .filter((m) => elementModules.has(m[3]))
    .map((m) => [m[1], { tag: m[2], module: elementModules.get(m[3]) }]),
);

module.exports = function taroComponentsPerModule({ types: t }) {
  return {
    visitor: {
      ImportDeclaration(importPath) {
        const { node } = importPath;
        if (node.source.value !== '@tarojs/components' || node.importKind === 'type') return;
        const split = node.specifiers.filter((s) => t.isImportSpecifier(s) && s.importKind !== 'type' && proxies.has(s.imported.name));
        if (!split.length) return;
        const program = importPath.parentPath;
        const create = program.scope.generateUidIdentifier('createReactComponent');
        const manipulate = program.scope.generateUidIdentifier('manipulatePropsFunction');
        const replacements = [
          t.importDeclaration(
            [t.importSpecifier(create, t.identifier('createReactComponent'))],
            t.stringLiteral('@tarojs/components/lib/react/react-component-lib/createComponent.js'),
          ),
          t.importDeclaration(
            [t.importSpecifier(manipulate, t.identifier('manipulatePropsFunction'))],
            t.stringLiteral('@tarojs/components/lib/react/helper.js'),
          ),
        ];
        const declarations = [];
        for (const specifier of split) {
          const { tag, module } = proxies.get(specifier.imported.name);
          const define = program.scope.generateUidIdentifier(`define${specifier.imported.name}`);
          replacements.push(t.importDeclaration([t.importSpecifier(define, t.identifier('defineCustomElement'))], t.stringLiteral(module)));
          const call = t.callExpression(create, [t.stringLiteral(tag), t.identifier('undefined'), manipulate, define]);
          t.addComment(call, 'leading', '#__PURE__');
          declarations.push(t.variableDeclarator(t.identifier(specifier.local.name), call));
        }
        node.specifiers = node.specifiers.filter((s) => !split.includes(s));
        if (node.specifiers.length) replacements.push(node);
        replacements.push(t.variableDeclaration('const', declarations));
        importPath.replaceWithMultiple(replacements);
      },
    },
  };
};
