/**
 * The blank official templates (附件2 with its drop-down and checks, 附件1) for reporting units to
 * download from the data-check page, titled with the year of the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TEMPLATE_FILES, templateYear } from '../../io/templates.ts';

export const getStaticPaths = (() =>
  TEMPLATE_FILES.map((t) => ({ params: { file: `${t.file}.xlsx` }, props: { file: t.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const t = TEMPLATE_FILES.find((x) => x.file === (props as { file: string }).file)!;
  return new Response(Buffer.from(await t.make(templateYear())), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
