// Placeholder until this screen is built.
export default function Page(props: Record<string, string>) {
  return <div className="page"><h1>Coming soon</h1><p>{JSON.stringify(props)}</p></div>;
}
