// Swagger UI over dyad's OpenAPI document (a classic script: the CSP allows no inline code).
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
