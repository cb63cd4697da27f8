import { Aggregator } from 'mingo/aggregator';
import { Context, type evalExpr } from 'mingo/core';
import * as accumulator from 'mingo/operators/accumulator';
import * as expression from 'mingo/operators/expression';
import * as pipeline from 'mingo/operators/pipeline';
import * as projection from 'mingo/operators/projection';
import * as query from 'mingo/operators/query';
import * as window from 'mingo/operators/window';
import { Query } from 'mingo/query';

type Options = Parameters<typeof evalExpr>[2];
import { expressionOperators } from './expression-operators';
import { geoQueryOperators } from './geo';
import { compileJsonSchema } from './json-schema';

/**
 * mingo's operators with ours in front where mingo lacks one or differs from MongoDB
 * (`$indexOfCP`, `$substr`/`$substrBytes`, `$week`, geo queries); `Context.addOps` keeps the first
 * registration, so ours are merged before mingo's rather than added after.
 */
const context = Context.init({
  accumulator,
  expression: { ...expression, ...expressionOperators },
  pipeline,
  projection,
  query: { ...query, ...geoQueryOperators },
  window,
} as unknown as Parameters<typeof Context.init>[0]);

/** Options for every mingo Query and Aggregator: our operators, $jsonSchema, and no client code ever runs. */
const MINGO_OPTIONS: Partial<Options> = {
  context,
  scriptEnabled: false,
  jsonSchemaValidator: (schema) => compileJsonSchema(schema) as (doc: unknown) => boolean,
};

/**
 * mingo's default entry ('mingo') merges its own full context in front of the one passed, so an
 * override would never win; these build on the bare classes with ours alone.
 */
export const mongoQuery = (criteria: Record<string, unknown>) => new Query(criteria, MINGO_OPTIONS);

export const mongoAggregator = (pipeline: Record<string, unknown>[], options: Partial<Options> = {}) =>
  new Aggregator(pipeline, { ...MINGO_OPTIONS, ...options });
