// The JavaScript built-ins each build's oldest phone lacks, derived from the floor (config/floor.cjs):
// every built-in that eslint-plugin-es-x lists as new in an edition after the floor's ES level, less
// those the surface polyfills (for the mini-program, the base library's own core-js list from
// miniprogram-compat). The tests delete exactly these before the app's code runs; the lint forbids them.
const floor = require('./floor.cjs')
const esx = require('eslint-plugin-es-x')

/** es-x's configs of what each edition after the floor's added, oldest first (then the next edition's). */
function laterEditionConfigs() {
  const names = Object.keys(esx.configs).filter((name) => /^no-new-in-es(\d{4}|next)$/.test(name))
  return names.filter((name) => name.endsWith('next') || Number(name.slice(-4)) > floor.esLevel)
}

/** `String.prototype.{padStart,padEnd}` → both paths; `Array.prototype.at()` → `Array.prototype.at`. */
function expand(code) {
  const bare = code.replace(/\(\)$/, '')
  const brace = bare.match(/\{([^}]+)\}/)
  if (!brace) return [bare]
  return brace[1].split(',').map((part) => bare.replace(brace[0], part.trim()))
}

/** A built-in's path as es-x writes it: a global (`WeakRef`, `globalThis`) or a property of one. */
const BUILTIN_PATH = /^(globalThis|[A-Z][A-Za-z0-9]*(\.[A-Za-z]\w*)*)$/

/** The built-in paths an es-x rule forbids, read from its description (`disallow the \`Object.values\` method.`). */
function builtinsOfRule(ruleName) {
  const rule = esx.rules[ruleName.replace(/^es-x\//, '')]
  const codes = [...(rule?.meta?.docs?.description ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1])
  return codes.flatMap(expand).filter((code) => BUILTIN_PATH.test(code))
}

/** The es-x rules that forbid a built-in (not syntax) added after the floor's ES level. */
function laterBuiltinRules() {
  const rules = laterEditionConfigs().flatMap((config) => Object.keys(esx.configs[config].rules))
  return [...new Set(rules)].filter((rule) => builtinsOfRule(rule).length > 0)
}

const kebab = (name) => name.replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`)

/** The core-js module keys a built-in path goes by: `Array.prototype.flatMap` → `array.flat-map`. */
function coreJsKey(path) {
  const parts = path.split('.').filter((part) => part !== 'prototype')
  return parts.map(kebab).join('.')
}

/** The core-js modules a surface adds: the base library's own (WeChat), or the web build's short list. */
const polyfillsOf = (surface) => (surface === 'weapp' ? floor.weapp.polyfills : floor.h5.polyfills)

/** Whether the surface adds this built-in (core-js modules are named es. or esnext. plus its key). */
function polyfilled(surface, path) {
  const key = coreJsKey(path)
  return polyfillsOf(surface).some((module) => module === `es.${key}` || module === `esnext.${key}`)
}

function checkSurface(surface) {
  if (surface !== 'weapp' && surface !== 'h5') throw new Error(`unknown surface ${surface}`)
}

/** Every built-in newer than the floor's ES level, as a path (`Array.prototype.at`, `Object.hasOwn`). */
function newerBuiltins() {
  return [...new Set(laterBuiltinRules().flatMap(builtinsOfRule))].sort()
}

/** The built-ins the app's code cannot count on at the surface's floor, even with its polyfills. */
function missingBuiltins(surface) {
  checkSurface(surface)
  return newerBuiltins().filter((path) => !polyfilled(surface, path))
}

/**
 * What a test deletes to stand for the surface's oldest phone before the app's code runs. The stand-in
 * WeChat host plays the base library, so the base library's polyfills stay; a browser has nothing
 * the app does not bring itself, so everything newer goes (the app's polyfills.js must bring back its own).
 */
function builtinsToDelete(surface) {
  checkSurface(surface)
  return surface === 'weapp' ? missingBuiltins('weapp') : newerBuiltins()
}

/** The es-x rules for the built-ins the app's code cannot count on at either surface's floor. */
function floorLintRules() {
  const missing = new Set([...missingBuiltins('weapp'), ...missingBuiltins('h5')])
  return laterBuiltinRules().filter((rule) => builtinsOfRule(rule).some((path) => missing.has(path)))
}

/** The web build's polyfills as the built-ins they add (`es.object.entries` → `Object.entries`). */
function h5PolyfilledBuiltins() {
  return newerBuiltins().filter((path) => polyfilled('h5', path))
}

/**
 * A script that deletes `paths` from the realm it runs in, before anything else runs: the oldest
 * phone, as far as built-ins go. It sets `__floorDeleted` to the number it removed.
 */
function deleteBuiltinsScript(paths) {
  // Members before their owners: deleting the global Iterator leaves Iterator.prototype.map reachable.
  const deepestFirst = [...paths].sort((a, b) => b.split('.').length - a.split('.').length)
  return `(function () {
  var paths = ${JSON.stringify(deepestFirst)};
  var g = globalThis;
  var removed = 0;
  for (var i = 0; i < paths.length; i++) {
    var parts = paths[i].split('.');
    var owner = g;
    for (var j = 0; j < parts.length - 1 && owner; j++) owner = owner[parts[j]];
    var last = parts[parts.length - 1];
    if (owner && Object.prototype.hasOwnProperty.call(owner, last) && delete owner[last]) removed++;
  }
  Object.defineProperty(g, '__floorDeleted', { value: removed });
})();`
}

module.exports = { laterBuiltinRules, floorLintRules, missingBuiltins, builtinsToDelete, h5PolyfilledBuiltins, deleteBuiltinsScript }
