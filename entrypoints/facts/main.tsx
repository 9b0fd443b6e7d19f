import { render } from 'preact';

function App() {
  return <main><h1>ClaimLens facts</h1></main>;
}

render(<App />, document.getElementById('app')!);
