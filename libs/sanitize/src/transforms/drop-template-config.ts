import { ts } from 'ts-morph';
import type { ModuleTransformation } from '../step';
import { findTemplateConfig, positiveIntegerLiteral, propertyNamed, skipOuterExpressions } from '../syntax';
import type { TextEdit } from '../scene-module';

/**
 * Registry modules export `templateConfig` (id, name, duration, the component, a `getCode()` copy) beside the
 * component. The scene is the component; the config is registry plumbing, so it is dropped — after noting the
 * component it names and the duration it states, which the default and duration exports then use.
 */
export const dropTemplateConfig: ModuleTransformation = {
  name: 'drop-template-config',
  apply(scene, context) {
    const config = findTemplateConfig(scene.node);
    if (!config) return undefined;

    const component = propertyNamed(config.object, 'component');
    if (component) {
      const value = ts.isPropertyAssignment(component)
        ? skipOuterExpressions(component.initializer)
        : ts.isShorthandPropertyAssignment(component)
          ? component.name
          : undefined;
      if (value && ts.isIdentifier(value)) context.hints.component ??= value.text;
    }
    const duration = propertyNamed(config.object, 'durationInFrames') ?? propertyNamed(config.object, 'duration');
    if (duration && ts.isPropertyAssignment(duration)) {
      context.hints.durationInFrames ??= positiveIntegerLiteral(duration.initializer);
    }

    const edits: TextEdit[] = [{ start: config.statement.getFullStart(), end: config.statement.getEnd(), text: '' }];
    for (const statement of scene.node.statements) {
      if (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression) && statement.expression.text === 'templateConfig') {
        edits.push({ start: statement.getFullStart(), end: statement.getEnd(), text: '' });
      }
    }
    scene.applyEdits(edits);
    context.fix('dropped-template-config');
    return undefined;
  },
};
